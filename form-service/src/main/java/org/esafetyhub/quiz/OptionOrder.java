package org.esafetyhub.quiz;

import org.esafetyhub.crypto.Sha256;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The order pupils see a quiz's options in without JavaScript (quiz.js shuffles again on each load),
 * so that the order an author wrote them in gives nothing away. It is drawn from a seed per question
 * (a hash of the quiz's and the question's ids), so the same files always bake the same site.
 * Single-choice questions share out the right answer's places evenly; a "select all" question avoids
 * showing every wrong option last; a true/false question shows True, then False. Answers are marked by
 * option id, so the order never changes what an answer means.
 */
public final class OptionOrder {

    /** Shuffles a "select all" question this many times, at most, to avoid every wrong option last. */
    private static final int TRIES = 64;

    private OptionOrder() {
    }

    /** Each question's options as shown, by question id, in the quiz's order. */
    static Map<String, List<Quiz.Option>> of(Quiz quiz) {
        var randoms = new HashMap<String, Random>();
        quiz.questions().forEach(q -> randoms.put(q.id(), new Random(seed(quiz.id(), q.id()))));
        // single-choice questions take their places in an order drawn from their seeds, not the file's,
        // so which question's right answer goes where does not follow from where it is in the quiz
        var singles = new HashMap<String, List<Quiz.Option>>();
        var rightPlaces = new RightPlaces();
        quiz.questions().stream().filter(q -> q.type() == Quiz.Type.SINGLE)
                .sorted(Comparator.comparingLong((Quiz.Question q) -> seed(quiz.id(), q.id())).thenComparing(Quiz.Question::id))
                .forEach(q -> singles.put(q.id(), single(q.options(), rightPlaces, randoms.get(q.id()))));
        var shown = new LinkedHashMap<String, List<Quiz.Option>>();
        for (var question : quiz.questions()) {
            shown.put(question.id(), switch (question.type()) {
                case SINGLE -> singles.get(question.id());
                case MULTIPLE -> multiple(question.options(), randoms.get(question.id()));
                case TRUEFALSE -> question.options().stream().sorted(Comparator.comparing(o -> !o.id().equals("true"))).toList();
            });
        }
        return shown;
    }

    /**
     * How many right answers each place holds so far. A question's right answer goes to a place with
     * the fewest among questions with as many options (so those stay within one of each other); then
     * not the first place, so that it never holds more than its share and "the first is right" never
     * pays; then a place with the fewest across the quiz; then any of those, by the question's seed.
     */
    private static final class RightPlaces {
        private final Map<Integer, int[]> bySize = new HashMap<>();
        private final Map<Integer, Integer> overall = new HashMap<>();

        int choose(int size, Random random) {
            var counts = bySize.computeIfAbsent(size, s -> new int[s]);
            Comparator<Integer> fewer = Comparator.<Integer>comparingInt(place -> counts[place])
                    .thenComparing(place -> place == 0)
                    .thenComparingInt(place -> overall.getOrDefault(place, 0));
            var best = new ArrayList<Integer>();
            for (int place = 0; place < size; place++) {
                int compared = best.isEmpty() ? -1 : fewer.compare(place, best.get(0));
                if (compared < 0) {
                    best.clear();
                }
                if (compared <= 0) {
                    best.add(place);
                }
            }
            int place = best.get(random.nextInt(best.size()));
            counts[place]++;
            overall.merge(place, 1, Integer::sum);
            return place;
        }
    }

    private static List<Quiz.Option> single(List<Quiz.Option> options, RightPlaces rightPlaces, Random random) {
        var right = options.stream().filter(Quiz.Option::correct).findFirst().orElseThrow();
        var shown = new ArrayList<>(options.stream().filter(o -> !o.correct()).toList());
        shuffle(shown, random);
        shown.add(rightPlaces.choose(options.size(), random), right);
        return List.copyOf(shown);
    }

    private static List<Quiz.Option> multiple(List<Quiz.Option> options, Random random) {
        var shown = new ArrayList<>(options);
        boolean avoidable = options.stream().anyMatch(Quiz.Option::correct) && options.stream().anyMatch(o -> !o.correct());
        for (int i = 0; i < TRIES; i++) {
            shuffle(shown, random);
            if (!avoidable || !QuizCheck.wrongOptionsLast(shown)) {
                return List.copyOf(shown);
            }
        }
        // still right options first, wrong ones last: a wrong one first and a right one last breaks that
        var first = shown.get(0);
        shown.set(0, shown.get(shown.size() - 1));
        shown.set(shown.size() - 1, first);
        return List.copyOf(shown);
    }

    /** Fisher–Yates with {@link Random}, whose sequence Java specifies: the same seed gives the same order on any JVM. */
    private static <T> void shuffle(List<T> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            var swapped = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swapped);
        }
    }

    static long seed(String quizId, String questionId) {
        return ByteBuffer.wrap(Sha256.of(quizId + "\n" + questionId)).getLong();
    }

    /**
     * One line for {@code check-config}: where the single-choice questions' right answers are, in the
     * file and as baked, and how many "select all" questions put their wrong options last.
     */
    public static String describe(Quiz quiz) {
        var shown = of(quiz);
        var singles = quiz.questions().stream().filter(q -> q.type() == Quiz.Type.SINGLE).toList();
        var multiples = quiz.questions().stream().filter(q -> q.type() == Quiz.Type.MULTIPLE).toList();
        String places;
        if (singles.isEmpty()) {
            places = "none";
        } else {
            int most = singles.stream().mapToInt(q -> q.options().size()).max().orElse(0);
            places = "file " + counts(singles.stream().map(Quiz.Question::options).toList(), most)
                    + ", baked " + counts(singles.stream().map(q -> shown.get(q.id())).toList(), most);
        }
        return "single-choice right answers by position: " + places
                + "; select-all with wrong options last: file " + multiples.stream().filter(q -> QuizCheck.wrongOptionsLast(q.options())).count()
                + " of " + multiples.size() + ", baked " + multiples.stream().filter(q -> QuizCheck.wrongOptionsLast(shown.get(q.id()))).count()
                + " of " + multiples.size();
    }

    private static String counts(List<List<Quiz.Option>> questions, int places) {
        var count = new int[places];
        questions.forEach(options -> count[IntStream.range(0, options.size()).filter(i -> options.get(i).correct()).findFirst().orElseThrow()]++);
        return IntStream.range(0, places).mapToObj(i -> (i + 1) + ":" + count[i]).collect(Collectors.joining(" "));
    }
}
