package org.esafetyhub.policy;

import org.esafetyhub.data.DataFile;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Reads and checks {@code data/policy.yaml}; the bake and the staff checklist both load the policy through here. */
public final class PolicyFile {

    private PolicyFile() {
    }

    public static Policy load(Path file) {
        Policy policy;
        try {
            policy = DataFile.read(file, file.toString(), Policy.class);
        } catch (DataFile.Invalid e) {
            throw new InvalidPolicyFileException(e.getMessage());
        }
        var problems = problems(policy);
        if (!problems.isEmpty()) {
            throw new InvalidPolicyFileException(file + ": " + String.join("; ", problems));
        }
        return policy;
    }

    /** The policy as plain maps and lists, the shape templates read. */
    public static Map<String, Object> asTemplateModel(Policy policy) {
        return DataFile.asTemplateModel(policy);
    }

    static List<String> problems(Policy policy) {
        var problems = new ArrayList<String>();
        if (policy == null || policy.sections() == null || policy.sections().isEmpty()) {
            problems.add("sections: the policy has none");
            return problems;
        }
        var numbers = new HashSet<String>();
        for (var section : policy.sections()) {
            var at = "section " + section.number();
            if (isBlank(section.title())) {
                problems.add(at + " has no title");
            }
            if (section.summary() == null || section.summary().isEmpty() || section.summary().stream().anyMatch(PolicyFile::isBlank)) {
                problems.add(at + " needs a summary: what it says in plain words, a point a line (see docs/authoring.md, The policy page)");
            }
            boolean actionSection = Policy.ACTION_SECTIONS.contains(section.number());
            if (actionSection && (section.actions() == null || section.actions().isEmpty())) {
                problems.add(at + " must list its required actions under actions:");
            }
            if (!actionSection && section.actions() != null) {
                problems.add(at + " has actions, but only sections " + Policy.ACTION_SECTIONS + " hold required actions");
            }
            if (section.clauses() != null) {
                for (var clause : section.clauses()) {
                    unique(problems, numbers, clause.number());
                    if (isBlank(clause.text()) && (clause.paragraphs() == null || clause.paragraphs().isEmpty())) {
                        problems.add("clause " + clause.number() + " has neither text nor paragraphs");
                    }
                }
            }
            if (section.support() != null && !Policy.SUPPORT_SECTION.equals(section.number())) {
                problems.add(at + " has support items, but only section " + Policy.SUPPORT_SECTION + " holds the support plan");
            }
            for (var list : java.util.Arrays.asList(section.actions(), section.support())) {
                for (var action : list == null ? List.<Policy.Action>of() : list) {
                    unique(problems, numbers, action.number());
                    if (action.number() == null || !action.number().startsWith(section.number() + ".")) {
                        problems.add("action " + action.number() + " is not numbered within " + at);
                    }
                    if (isBlank(action.label()) || isBlank(action.text()) || isBlank(action.who())) {
                        problems.add("action " + action.number() + " needs a label, a text and who usually does it");
                    }
                }
            }
        }
        checkNotes(policy, problems);
        return problems;
    }

    private static void checkNotes(Policy policy, List<String> problems) {
        policy.reviewNotes().forEach((number, note) -> {
            if (isBlank(note.says()) || isBlank(note.source()) || isBlank(note.checked())) {
                problems.add(number + ": reviewNote needs says, source and checked");
            } else {
                try {
                    java.time.LocalDate.parse(note.checked());
                } catch (java.time.format.DateTimeParseException e) {
                    problems.add(number + ": reviewNote checked \"" + note.checked() + "\" is not a date in the form yyyy-MM-dd");
                }
            }
        });
    }

    private static void unique(List<String> problems, HashSet<String> numbers, String number) {
        if (!numbers.add(number)) {
            problems.add(number + " is numbered twice");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
