package org.esafetyhub.quiz;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Refuses a quiz that can be passed without reading it: the right answer mostly in one place, mostly
 * the longest option, the wrong options of "select all" questions always last, or absolute words
 * ("never", "always"…) only in what is false. Runs on a quiz whose structure is already sound.
 * The four rules are worded in README "Writing a quiz" and docs/authoring.md; the quiz authors write
 * to the same words, so change them there too or not at all.
 */
final class QuizCheck {

    /** Below this many single-choice questions, where the answers sit says little: R1 and R2 wait. */
    static final int SINGLES_BEFORE_POSITIONS_COUNT = 4;

    static final Pattern ABSOLUTE = Pattern.compile(
            "\\b(never|always|nobody|no\\s+one|everyone|everybody|everything|nothing|completely|absolutely|definitely|forever)\\b",
            Pattern.CASE_INSENSITIVE);

    private QuizCheck() {
    }

    /** @param name how problems name the file, such as {@code content/lessons/jokes.quiz.yaml} */
    static List<String> problems(Quiz quiz, String name) {
        var problems = new ArrayList<String>();
        var singles = quiz.questions().stream().filter(q -> q.type() == Quiz.Type.SINGLE).toList();
        if (singles.size() >= SINGLES_BEFORE_POSITIONS_COUNT) {
            position(singles, name).ifPresent(problems::add);
            longest(singles, name).ifPresent(problems::add);
        }
        wrongOptionsLast(quiz, name).ifPresent(problems::add);
        absoluteWords(quiz, name).ifPresent(problems::add);
        return problems;
    }

    /** R1: no position holds the right answer in more than half of the single-choice questions. */
    private static Optional<String> position(List<Quiz.Question> singles, String name) {
        var byPosition = new TreeMap<Integer, List<String>>();
        for (var question : singles) {
            byPosition.computeIfAbsent(rightPosition(question), p -> new ArrayList<>()).add(question.id());
        }
        for (var entry : byPosition.entrySet()) {
            if (moreThanHalf(entry.getValue().size(), singles.size())) {
                return Optional.of(name + ": " + questions(entry.getValue()) + ": the right answer is the "
                        + ordinal(entry.getKey()) + " option in " + entry.getValue().size() + " of the " + singles.size()
                        + " single-choice questions, and at most half may share a place. Move the right answer to another place in "
                        + (entry.getValue().size() - singles.size() / 2) + " of them");
            }
        }
        return Optional.empty();
    }

    /** R2: the right option is strictly the longest in at most half of the single-choice questions. */
    private static Optional<String> longest(List<Quiz.Question> singles, String name) {
        var longest = singles.stream().filter(QuizCheck::rightIsLongest).map(Quiz.Question::id).toList();
        if (!moreThanHalf(longest.size(), singles.size())) {
            return Optional.empty();
        }
        return Optional.of(name + ": " + questions(longest) + ": the right option is the longest in " + longest.size()
                + " of the " + singles.size() + " single-choice questions, and may be in at most half. In "
                + (longest.size() - singles.size() / 2) + " of them, shorten the right option or make a wrong one at least as long");
    }

    /** R3: at most half of the "select all" questions put every wrong option after every right one. */
    private static Optional<String> wrongOptionsLast(Quiz quiz, String name) {
        var multiples = quiz.questions().stream().filter(q -> q.type() == Quiz.Type.MULTIPLE).toList();
        var last = multiples.stream().filter(q -> wrongOptionsLast(q.options())).map(Quiz.Question::id).toList();
        if (!moreThanHalf(last.size(), multiples.size())) {
            return Optional.empty();
        }
        return Optional.of(name + ": " + questions(last) + ": " + (multiples.size() == 1
                ? "the quiz's one \"select all\" question puts its wrong options after all its right ones"
                : last.size() + " of the " + multiples.size() + " \"select all\" questions put their wrong options after all their right ones")
                + ", and at most half may. Put a wrong option before a right one in "
                + (multiples.size() == 1 ? "it" : (last.size() - multiples.size() / 2) + " of them"));
    }

    /** R4: absolute words only in false statements tell a pupil which answers are wrong. */
    private static Optional<String> absoluteWords(Quiz quiz, String name) {
        var inFalse = new LinkedHashMap<String, Set<String>>();
        boolean anyInTrue = false;
        for (var question : quiz.questions()) {
            for (var statement : statements(question)) {
                var words = absoluteWordsIn(statement.text());
                if (statement.isTrue()) {
                    anyInTrue |= !words.isEmpty();
                } else if (!words.isEmpty()) {
                    inFalse.computeIfAbsent(question.id(), id -> new TreeSet<>()).addAll(words);
                }
            }
        }
        if (inFalse.isEmpty() || anyInTrue) {
            return Optional.empty();
        }
        var found = new ArrayList<String>();
        inFalse.forEach((question, words) -> found.add(question + " (" + String.join(", ", words) + ")"));
        return Optional.of(name + ": " + questions(found)
                + ": absolute words are only in wrong answers (and in true/false statements that are false), so they mark what is wrong."
                + " Reword those answers without them, or use such words in right answers too");
    }

    private record Statement(String text, boolean isTrue) {
    }

    /** What a question states: each option of a single or multiple question, or a true/false question's own text. */
    private static List<Statement> statements(Quiz.Question question) {
        if (question.type() == Quiz.Type.TRUEFALSE) {
            return List.of(new Statement(question.text(), question.option("true").map(Quiz.Option::correct).orElse(false)));
        }
        return question.options().stream().map(o -> new Statement(o.text(), o.correct())).toList();
    }

    static Set<String> absoluteWordsIn(String text) {
        var words = new TreeSet<String>();
        var matcher = ABSOLUTE.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return words;
    }

    /** The 1-based place of a single-choice question's right option in the file. */
    static int rightPosition(Quiz.Question question) {
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).correct()) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("question " + question.id() + " has no right option");
    }

    static boolean rightIsLongest(Quiz.Question question) {
        int right = question.options().stream().filter(Quiz.Option::correct).mapToInt(o -> o.text().length()).max().orElse(0);
        return question.options().stream().filter(o -> !o.correct()).allMatch(o -> o.text().length() < right);
    }

    /** True when every wrong option comes after every right one (so also when there is no wrong option). */
    static boolean wrongOptionsLast(List<Quiz.Option> options) {
        boolean wrongSeen = false;
        for (var option : options) {
            if (!option.correct()) {
                wrongSeen = true;
            } else if (wrongSeen) {
                return false;
            }
        }
        return true;
    }

    private static boolean moreThanHalf(int count, int of) {
        return count * 2 > of;
    }

    private static String questions(Collection<String> ids) {
        return (ids.size() == 1 ? "question " : "questions ") + String.join(", ", ids);
    }

    static String ordinal(int n) {
        return switch (n) {
            case 1 -> "1st";
            case 2 -> "2nd";
            case 3 -> "3rd";
            default -> n + "th";
        };
    }
}
