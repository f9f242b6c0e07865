package org.esafetyhub.policy;

import java.util.List;
import java.util.stream.Stream;

/**
 * The trust's cyber-bullying policy as data, with its own numbering: the policy page renders from
 * it, and the required actions of sections 4 and 5 become each case's checklist.
 */
public record Policy(String title, String reviewed, String nextReview, List<Section> sections) {

    /** The section whose support for the person harmed (8.1) becomes each case's support plan. */
    public static final String SUPPORT_SECTION = "8";

    /** Sections whose actions are required when cyber-bullying occurs (4) or a malicious post or threat is made (5). */
    static final List<String> ACTION_SECTIONS = List.of("4", "5");

    /** @param support the support plan's items (section 8 only): what 8.1 lists, in the same shape as an action */
    public record Section(String number, String title, List<Clause> clauses, List<Action> actions, List<Action> support) {
    }

    /** A numbered clause: one text, or (for an unnumbered part such as section 1) several paragraphs. */
    public record Clause(String number, String text, List<String> paragraphs) {
    }

    /** A required action or support item: its policy number, a short checklist label, what it means and who usually does it. */
    public record Action(String number, String label, String text, String who) {
    }

    public List<Action> requiredActions() {
        return sections.stream()
                .filter(section -> ACTION_SECTIONS.contains(section.number()))
                .flatMap(section -> section.actions() == null ? Stream.empty() : section.actions().stream())
                .toList();
    }
}
