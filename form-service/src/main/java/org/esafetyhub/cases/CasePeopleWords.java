package org.esafetyhub.cases;

import java.util.Map;

/**
 * The words for the people involved in a case. A pupil accused is "alleged" on every page and export
 * until the case records a finding of upheld (policy 10.1: innocent until it is established).
 */
final class CasePeopleWords {

    static final String ALLEGED = "ALLEGED_PERPETRATOR";
    static final String UPHELD = "UPHELD";

    static final Map<String, String> ROLES = CaseWords.ordered(
            "PERSON_HARMED", "Person harmed",
            ALLEGED, "Alleged perpetrator",
            "WITNESS", "Witness",
            "BYSTANDER", "Bystander");

    static final Map<String, String> FINDINGS = CaseWords.ordered(
            UPHELD, "Upheld: it is established that the pupil was responsible",
            "NOT_UPHELD", "Not upheld",
            "UNCLEAR", "Unclear: it could not be established");

    static final Map<String, String> KINDS = CaseWords.ordered(
            "SANCTION", "Sanction",
            "RESTORATIVE", "Restorative work");

    /** The intentions of policy 10.2 that work with the pupil responsible, and any sanction, serve. */
    static final Map<String, String> INTENTIONS = CaseWords.ordered(
            "SAFETY", "Restore the harmed person's sense of safety",
            "ACCOUNT", "Hold the pupil to account for the harm",
            "CHANGE", "Help them understand the consequences and change",
            "STANDARD", "Show that bullying is not tolerated");

    private CasePeopleWords() {
    }

    /** A person's role as the case's pages and exports say it, given the case's finding (empty when none). */
    static String roleLabel(String role, String finding) {
        if (ALLEGED.equals(role) && UPHELD.equals(finding)) {
            return "Perpetrator (finding upheld)";
        }
        return ROLES.getOrDefault(role, role);
    }
}
