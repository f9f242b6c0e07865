package org.esafetyhub.cases;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words staff read for a case's status and outcome. Status keys are the values of
 * {@code report.status}, which the reporter's follow-up page puts in its own plain words.
 */
public final class CaseWords {

    public static final Map<String, String> STATUSES = ordered(
            "RECEIVED", "New",
            "TRIAGED", "Triaged",
            "IN_PROGRESS", "Action in progress",
            "CLOSED", "Closed");

    static final Map<String, String> OUTCOMES = ordered(
            "RESOLVED", "Resolved in school",
            "SANCTIONS", "Sanctions applied under the school's policies",
            "POLICE", "Passed to the police",
            "CEOP", "Passed to CEOP",
            "NOT_BULLYING", "Looked into: not cyber-bullying, no further action");

    public static final Map<String, String> URGENCY = ordered(
            "urgent", "Urgent only",
            "not-urgent", "Not urgent only");

    private CaseWords() {
    }

    static Map<String, String> ordered(String... keysAndWords) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndWords.length; i += 2) {
            map.put(keysAndWords[i], keysAndWords[i + 1]);
        }
        return map;
    }
}
