package org.esafetyhub.quiz;

import org.esafetyhub.data.DataFile;
import org.esafetyhub.site.FrontMatter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every quiz of the site, read from the {@code *.quiz.yaml} files beside the lessons. The bake
 * renders them from here and the service scores them from here: one source.
 */
public final class QuizBank {

    static final String SUFFIX = ".quiz.yaml";

    private final Map<String, Quiz> byId;
    private final Map<String, String> ageBandById;
    private final Path contentFolder;

    private QuizBank(Map<String, Quiz> byId, Map<String, String> ageBandById, Path contentFolder) {
        this.byId = byId;
        this.ageBandById = ageBandById;
        this.contentFolder = contentFolder;
    }

    /** Loads and checks every quiz under the content folder; all problems are reported together. */
    /** One quiz file as read: the quiz (null when it could not be) and what is wrong with it. */
    private record Read(String name, Quiz quiz, Optional<String> ageBand, List<String> problems) {
    }

    private static Read read(Path contentFolder, Path file) {
        var name = contentFolder.getFileName() + "/" + contentFolder.relativize(file).toString().replace('\\', '/');
        try {
            var quiz = QuizFile.load(file, name);
            var lessonFile = file.resolveSibling(quiz.lesson() + ".md");
            if (!Files.isRegularFile(lessonFile)) {
                return new Read(name, quiz, Optional.empty(),
                        List.of(name + ": lesson " + quiz.lesson() + " has no file " + lessonFile.getFileName() + " beside it"));
            }
            return new Read(name, quiz, ageBandOf(lessonFile), List.of());
        } catch (InvalidQuizException e) {
            return new Read(name, null, Optional.empty(), e.problems());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static QuizBank load(Path contentFolder) {
        var quizzes = new LinkedHashMap<String, Quiz>();
        var ageBands = new LinkedHashMap<String, String>();
        var problems = new ArrayList<String>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentFolder)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // read on every core, in the files' order: a site of a thousand lessons has a thousand quizzes
        for (var read : files.parallelStream().map(file -> read(contentFolder, file)).toList()) {
            problems.addAll(read.problems());
            if (read.quiz() == null) {
                continue;
            }
            read.ageBand().ifPresent(band -> ageBands.put(read.quiz().id(), band));
            if (quizzes.putIfAbsent(read.quiz().id(), read.quiz()) != null) {
                problems.add(read.name() + ": quiz id " + read.quiz().id() + " is used by another quiz too");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuizException(problems);
        }
        return new QuizBank(Map.copyOf(quizzes), Map.copyOf(ageBands), contentFolder);
    }

    /** The content folder the quizzes were read from: the staff training course is read from it too, by training/. */
    public Path contentFolder() {
        return contentFolder;
    }

    /** The age band in the lesson's header (the bake checks it is there); empty for a lesson without one. */
    private static Optional<String> ageBandOf(Path lessonFile) throws IOException {
        return FrontMatter.parse(lessonFile.toString(), Files.readAllLines(lessonFile)).get("ageBand").map(FrontMatter.Entry::value);
    }

    /** The age band of the lesson a quiz ends, such as {@code 11-14}. */
    public Optional<String> ageBand(String quizId) {
        return Optional.ofNullable(ageBandById.get(quizId));
    }

    /** Every quiz, ordered by title. */
    public List<Quiz> quizzes() {
        return byId.values().stream().sorted(Comparator.comparing(Quiz::title)).toList();
    }

    public Optional<Quiz> quiz(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The quizzes without their answers, as maps keyed by the address of their lesson: what lesson pages render. */
    public Map<String, Object> templateModel() {
        var byLesson = new LinkedHashMap<String, Object>();
        byId.values().forEach(quiz -> byLesson.put(quiz.lessonUrl(), DataFile.asTemplateModel(quiz.withoutAnswers())));
        return byLesson;
    }

    /** The addresses the quizzes' forms post to: pages of the service that baked pages may link to. */
    public Set<String> formUrls() {
        return byId.values().stream().map(Quiz::formUrl).collect(Collectors.toUnmodifiableSet());
    }

    /** For each quiz, by id, where its right answers are in its file and as shown: lines for {@code check-config}. */
    public List<String> optionOrders() {
        return byId.values().stream().sorted(Comparator.comparing(Quiz::id))
                .map(quiz -> "quiz " + quiz.id() + ": " + OptionOrder.describe(quiz)).toList();
    }

    public int size() {
        return byId.size();
    }
}
