package org.esafetyhub.cases;

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
public final class Checklist {

    /** Support items come after every required action, whichever sections were chosen. */
    private static final int SUPPORT_POSITIONS = 1_000;

    private final Map<String, Policy.Section> sections = new LinkedHashMap<>();
    private final List<Policy.Action> support;
    private final Map<String, Policy.ReviewNote> reviewNotes;

    public Checklist(Policy policy) {
        reviewNotes = policy.reviewNotes();
        policy.sections().stream()
                .filter(section -> section.actions() != null && !section.actions().isEmpty())
                .forEach(section -> sections.put(section.number(), section));
        support = policy.sections().stream()
                .filter(section -> section.support() != null)
                .flatMap(section -> section.support().stream()).toList();
    }

    /**
     * The support plan for the person harmed (section 8), copied onto every triaged case. Its items
     * do not hold up closing: support goes on as long as the child needs it, so each item is
     * recorded when it is done or judged not to apply, and any still open are shown as open on the closed case.
     */
    List<CaseWorkStore.NewAction> supportOf(String reportId) {
        var items = new ArrayList<CaseWorkStore.NewAction>();
        for (var item : support) {
            items.add(new CaseWorkStore.NewAction(reportId, item.number(), Policy.SUPPORT_SECTION,
                    SUPPORT_POSITIONS + items.size(), item.label(), item.who()));
        }
        return items;
    }

    /** Section number to what the triage form offers, such as "Section 4: Cyber-bullying". */
    Map<String, String> choices() {
        var choices = new LinkedHashMap<String, String>();
        sections.forEach((number, section) -> choices.put(number, "Section " + number + ": " + section.title()));
        return choices;
    }

    /** Where current guidance differs from an action's policy wording, by its number: shown beside the action on the case. */
    public Map<String, Policy.ReviewNote> reviewNotes() {
        return reviewNotes;
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
