package org.esafetyhub.activity;

import org.esafetyhub.data.DataFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The activities of every lesson page, read from the {@code <lesson>.activities.yaml} files beside the
 * lessons. Only the bake uses them: a pupil's choice is shown its feedback by the page itself, and
 * nothing is sent or kept.
 */
public final class ActivityBook {

    private final Map<String, LessonActivities> byLessonUrl;

    private ActivityBook(Map<String, LessonActivities> byLessonUrl) {
        this.byLessonUrl = byLessonUrl;
    }

    /** Loads and checks every activities file under the content folder; every problem of every file is reported together. */
    public static ActivityBook load(Path contentFolder) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentFolder)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(ActivitiesFile.SUFFIX) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var problems = new ArrayList<String>();
        var byLessonUrl = new LinkedHashMap<String, LessonActivities>();
        // a site of a thousand lessons has a thousand files: read on every core, keeping the files' order
        for (var read : files.parallelStream().map(file -> read(contentFolder, file)).toList()) {
            problems.addAll(read.problems());
            if (read.lesson() != null) {
                byLessonUrl.put(read.lesson().lessonUrl(), read.lesson());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidActivitiesException(problems);
        }
        return new ActivityBook(byLessonUrl);
    }

    /** One file as read: its activities (null when wrong) and what is wrong with it. */
    private record Read(LessonActivities lesson, List<String> problems) {
    }

    private static Read read(Path contentFolder, Path file) {
        var relative = contentFolder.relativize(file.getParent()).toString().replace('\\', '/');
        var name = contentFolder.getFileName() + "/" + (relative.isEmpty() ? "" : relative + "/") + file.getFileName();
        var folderUrl = relative.isEmpty() ? "/" : "/" + relative + "/";
        try {
            return new Read(ActivitiesFile.load(file, name, lesson -> folderUrl + lesson + "/"), List.of());
        } catch (InvalidActivitiesException e) {
            return new Read(null, e.problems());
        }
    }

    /**
     * The activities as maps keyed by the address of their lesson page, as the quizzes are: what
     * {@code templates/macros/activity.ftl} renders.
     */
    public Map<String, Object> templateModel() {
        var model = new LinkedHashMap<String, Object>();
        byLessonUrl.forEach((url, lesson) -> model.put(url, DataFile.asTemplateModel(lesson)));
        return model;
    }

    /** The activities of the lesson page at this address, such as {@code /lessons/jokes-that-hurt/}. */
    Optional<LessonActivities> lesson(String lessonUrl) {
        return Optional.ofNullable(byLessonUrl.get(lessonUrl));
    }

    /** How many lessons have activities. */
    public int lessons() {
        return byLessonUrl.size();
    }

    /** How many activities there are, over every lesson. */
    public int activities() {
        return byLessonUrl.values().stream().mapToInt(lesson -> lesson.activities().size()).sum();
    }
}
