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

    /**
     * @param summary what the section says, in plain words the site writes (a point a line), shown above the trust's own
     *                words and held to the public pages' reading ceiling, which the trust's words are not
     * @param support the support plan's items (section 8 only): what 8.1 lists, in the same shape as an action
     */
    public record Section(String number, String title, List<String> summary, List<Clause> clauses, List<Action> actions,
                          List<Action> support) {
    }

    /**
     * A numbered clause: one text, or (for an unnumbered part such as section 1) several paragraphs.
     * @param reviewNote where current law or guidance differs from the trust's words, which are kept; null when it does not
     */
    public record Clause(String number, String text, List<String> paragraphs, ReviewNote reviewNote) {
    }

    /** A required action or support item: its policy number, a short checklist label, what it means, who usually does it, and its review note. */
    public record Action(String number, String label, String text, String who, ReviewNote reviewNote) {
    }

    /**
     * What current law or guidance says where the trust's policy says something narrower or different: shown beside
     * the clause, on the checklist action that copies it and in the staff's "Clauses to review", until the trust reviews it.
     * @param says    what current guidance says, in a sentence or two a DSL can act on
     * @param source  the guidance followed, with its date (such as "DfE, Searching, screening and confiscation, July 2022")
     * @param checked when someone last checked the source, yyyy-MM-dd
     */
    public record ReviewNote(String says, String source, String checked) {
    }

    /** Every clause or action whose words current guidance differs from, in policy order, as number to note. */
    public java.util.Map<String, ReviewNote> reviewNotes() {
        var notes = new java.util.LinkedHashMap<String, ReviewNote>();
        for (var section : sections) {
            for (var clause : section.clauses() == null ? List.<Clause>of() : section.clauses()) {
                if (clause.reviewNote() != null) {
                    notes.put(clause.number(), clause.reviewNote());
                }
            }
            for (var list : java.util.Arrays.asList(section.actions(), section.support())) {
                for (var action : list == null ? List.<Action>of() : list) {
                    if (action.reviewNote() != null) {
                        notes.put(action.number(), action.reviewNote());
                    }
                }
            }
        }
        return notes;
    }

    public List<Action> requiredActions() {
        return sections.stream()
                .filter(section -> ACTION_SECTIONS.contains(section.number()))
                .flatMap(section -> section.actions() == null ? Stream.empty() : section.actions().stream())
                .toList();
    }
}
