package org.esafetyhub.staff;

import org.esafetyhub.policy.Policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checklists a case can follow: the sections of the policy that list required actions (4,
 * cyber-bullying; 5, malicious posts or threats). Triage chooses one or both.
 */
final class Checklist {

    private final Map<String, Policy.Section> sections = new LinkedHashMap<>();

    Checklist(Policy policy) {
        policy.sections().stream()
                .filter(section -> section.actions() != null && !section.actions().isEmpty())
                .forEach(section -> sections.put(section.number(), section));
    }

    /** Section number to what the triage form offers, such as "Section 4: Cyber-bullying". */
    Map<String, String> choices() {
        var choices = new LinkedHashMap<String, String>();
        sections.forEach((number, section) -> choices.put(number, "Section " + number + ": " + section.title()));
        return choices;
    }

    boolean offers(String section) {
        return sections.containsKey(section);
    }

    /** The actions of the chosen sections, placed in policy order even when a section is added later. */
    List<CaseWorkStore.NewAction> actionsOf(String reportId, Collection<String> chosen) {
        var actions = new ArrayList<CaseWorkStore.NewAction>();
        int position = 0;
        for (var section : sections.values()) {
            for (var action : section.actions()) {
                position++;
                if (chosen.contains(section.number())) {
                    actions.add(new CaseWorkStore.NewAction(reportId, action.number(), section.number(), position,
                            action.label(), action.who()));
                }
            }
        }
        return actions;
    }
}
