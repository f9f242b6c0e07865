package org.esafetyhub.training;

import org.esafetyhub.crypto.Sha256;
import org.esafetyhub.data.DataFile;
import org.esafetyhub.quiz.InvalidQuizException;
import org.esafetyhub.quiz.Marking;
import org.esafetyhub.quiz.OptionOrder;
import org.esafetyhub.quiz.Quiz;
import org.esafetyhub.quiz.QuizFile;
import org.esafetyhub.site.FrontMatter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The staff training course (policy 3.3): the published pages of one content folder and the quiz that
 * ends them, a {@code *.training.yaml} in the lesson quizzes' format, checked and marked by the same code.
 * It is never one of the pupils' quizzes: only the staff area renders it and records it. Its version is a
 * hash of the quiz and of every page file beside it, so an edit to either starts a new version.
 */
public final class TrainingCourse {

    static final String SUFFIX = ".training.yaml";

    /** A page of the course where the bake publishes it, in the section's order. */
    public record Page(String title, String url, int order) {
    }

    /** A marked attempt: the score, the maximum and the marked questions as templates read them. */
    public record Marked(int score, int max, Map<String, Object> model) {
    }

    private final Quiz quiz;
    private final String version;
    private final List<Page> pages;

    private TrainingCourse(Quiz quiz, String version, List<Page> pages) {
        this.quiz = quiz;
        this.version = version;
        this.pages = pages;
    }

    /**
     * The content folder's course, if it has one; every problem of the course file, or more than one course,
     * reported together, as for the lesson quizzes.
     */
    public static Optional<TrainingCourse> loadFrom(Path contentFolder) {
        var problems = new ArrayList<String>();
        var courses = new ArrayList<TrainingCourse>();
        try (Stream<Path> files = Files.walk(contentFolder)) {
            for (var file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                var name = contentFolder.getFileName() + "/" + contentFolder.relativize(file).toString().replace('\\', '/');
                try {
                    courses.add(load(contentFolder, file, name));
                } catch (InvalidQuizException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (courses.size() > 1) {
            problems.add(contentFolder.getFileName() + ": there is more than one staff training quiz (" + SUFFIX + "); keep one");
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuizException(problems);
        }
        return courses.stream().findFirst();
    }

    /** @param name how problems name the file, such as {@code content/staff-guide/course.training.yaml} */
    private static TrainingCourse load(Path contentFolder, Path file, String name) throws IOException {
        var quiz = QuizFile.load(file, name);
        if (!Files.isRegularFile(file.resolveSibling(quiz.lesson() + ".md"))) {
            throw new InvalidQuizException(List.of(name + ": lesson " + quiz.lesson() + " has no file " + quiz.lesson() + ".md beside it"));
        }
        var folder = file.getParent();
        var prefix = "/" + contentFolder.relativize(folder).toString().replace('\\', '/') + "/";
        var digest = digest();
        digest.update(quiz.version().getBytes(StandardCharsets.UTF_8));
        var pages = new ArrayList<Page>();
        try (Stream<Path> files = Files.list(folder)) {
            for (var page : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                var fileName = page.getFileName().toString();
                var bytes = Files.readAllBytes(page);
                digest.update(("\n" + fileName + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
                var header = FrontMatter.parse(name, new String(bytes, StandardCharsets.UTF_8).lines().toList());
                if (header.get("status").map(s -> s.value().equals("published")).orElse(false)) {
                    pages.add(new Page(header.get("title").map(FrontMatter.Entry::value).orElse(fileName),
                            prefix + fileName.substring(0, fileName.length() - 3) + "/", order(header)));
                }
            }
        }
        pages.sort(Comparator.comparingInt(Page::order).thenComparing(Page::title));
        return new TrainingCourse(quiz, HexFormat.of().formatHex(digest.digest(), 0, 6), List.copyOf(pages));
    }

    private static int order(FrontMatter header) {
        try {
            return Integer.parseInt(header.get("order").map(FrontMatter.Entry::value).orElse("1000"));
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    private static MessageDigest digest() {
        return Sha256.digest();
    }

    Quiz quiz() {
        return quiz;
    }

    public String title() {
        return quiz.title();
    }

    /** The course's content version: the same for the same quiz and pages, whatever the file dates. */
    public String version() {
        return version;
    }

    public List<Page> pages() {
        return pages;
    }

    public List<String> questionIds() {
        return quiz.questions().stream().map(Quiz.Question::id).toList();
    }

    /** Where the quiz's right answers are, in its file and as shown: a line for {@code check-config}. */
    public String optionOrder() {
        return OptionOrder.describe(quiz);
    }

    /** The quiz without its answers, as the quiz form reads it. */
    public Map<String, Object> quizModel() {
        return DataFile.asTemplateModel(quiz.withoutAnswers());
    }

    /** What is wrong with the answers, by question id; empty when they can be marked. */
    public Map<String, String> problems(Map<String, Set<String>> answers) {
        return Marking.problems(quiz, answers);
    }

    /** Marks answers that have no {@link #problems}. */
    public Marked mark(Map<String, Set<String>> answers) {
        var result = Marking.mark(quiz, answers);
        return new Marked(result.score(), result.max(), DataFile.asTemplateModel(result));
    }
}
