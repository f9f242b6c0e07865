package org.esafetyhub.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * Quiz files written in a line each, for the quiz checks' tests (and the bake's): an option whose text starts with
 * {@code *} is a right one (the star is dropped), and options get the ids a, b, c… in the order given.
 */
public final class QuizFixtures {

    private QuizFixtures() {
    }

    public static String quiz(String id, String... questions) {
        return "id: " + id + "\ntitle: " + id + " quiz\nlesson: " + id + "\nquestions:\n" + String.join("", questions);
    }

    public static String single(String id, String... options) {
        return question(id, "single", "Which is right?", options);
    }

    public static String multiple(String id, String... options) {
        return question(id, "multiple", "Which are right? Select all that apply.", options);
    }

    static String trueFalse(String id, String text, boolean answer) {
        return question(id, "truefalse", text, answer ? new String[] {"*True", "False"} : new String[] {"True", "*False"})
                .replace("- id: a\n", "- id: \"true\"\n").replace("- id: b\n", "- id: \"false\"\n");
    }

    private static String question(String id, String type, String text, String... options) {
        var yaml = new StringBuilder("""
                  - id: %s
                    type: %s
                    strand: Online bullying
                    text: "%s"
                    explanation: Because.
                    options:
                """.formatted(id, type, text));
        for (int i = 0; i < options.length; i++) {
            boolean right = options[i].startsWith("*");
            yaml.append("""
                          - id: %s
                            text: "%s"
                            correct: %s
                            feedback: "%s"
                    """.formatted((char) ('a' + i), right ? options[i].substring(1) : options[i], right, right ? "Yes." : "No."));
        }
        return yaml.toString();
    }

    /** The ids of a question's options as a list, in the order given. */
    static List<String> ids(List<Quiz.Option> options) {
        var ids = new ArrayList<String>();
        options.forEach(o -> ids.add(o.id()));
        return ids;
    }
}
