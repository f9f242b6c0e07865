package org.esafetyhub.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks every content file's header before JBake sees it. JBake itself skips a file with a
 * broken header with only a log line; a school must instead learn which file and line to fix.
 */
final class ContentCheck {

    static final List<String> REQUIRED = List.of("title", "date", "type", "status", "summary");
    private static final List<String> DATES = List.of("date", "reviewed", "nextReview");
    private static final Set<String> STATUSES = Set.of("published", "draft");
    private static final Pattern AGE_BAND = Pattern.compile("\\d{1,2}-\\d{1,2}");

    private final Function<String, Path> templateOfType;

    /** @param templateOfType the template file for a document type, or null if the type has none */
    ContentCheck(Function<String, Path> templateOfType) {
        this.templateOfType = templateOfType;
    }

    List<BakeProblem> check(List<SourcePage> pages) {
        var problems = new ArrayList<BakeProblem>();
        for (var page : pages) {
            problems.addAll(check(page));
        }
        return problems;
    }

    private List<BakeProblem> check(SourcePage page) {
        var name = page.relativeName();
        var header = FrontMatter.parse(name, read(page.file()));
        var problems = new ArrayList<>(header.problems());
        if (header.separatorLine() == 0) {
            return problems;
        }
        for (var key : REQUIRED) {
            var entry = header.get(key);
            if (entry.isEmpty() || entry.get().value().isEmpty()) {
                problems.add(new BakeProblem(name, header.separatorLine(), "header has no " + key + "="));
            }
        }
        for (var key : DATES) {
            header.get(key).ifPresent(entry -> {
                try {
                    LocalDate.parse(entry.value());
                } catch (DateTimeParseException e) {
                    problems.add(new BakeProblem(name, entry.line(),
                            key + " \"" + entry.value() + "\" is not a date in the form yyyy-MM-dd"));
                }
            });
        }
        header.get("ageBand").filter(band -> !AGE_BAND.matcher(band.value()).matches()).ifPresent(band -> problems.add(
                new BakeProblem(name, band.line(), "ageBand \"" + band.value() + "\" must be two ages joined by a hyphen, such as 7-11")));
        if (!page.isTranslation()) {
            // the grade is an English measure: translations are not graded (docs/authoring.md, "Languages")
            problems.addAll(ReadingCeiling.problems(name, page.url(), header));
        }
        header.get("status").filter(s -> !STATUSES.contains(s.value())).ifPresent(s -> problems.add(
                new BakeProblem(name, s.line(), "status \"" + s.value() + "\" must be published or draft")));
        header.get("type").filter(t -> !t.value().isEmpty()).ifPresent(type -> {
            var template = templateOfType.apply(type.value());
            if (template == null) {
                problems.add(new BakeProblem(name, type.line(), "type \"" + type.value()
                        + "\" has no template: add template." + type.value() + ".file to jbake.properties"));
            } else if (!Files.isRegularFile(template)) {
                problems.add(new BakeProblem(name, type.line(), "type \"" + type.value() + "\" needs the template "
                        + template.getParent().getFileName() + "/" + template.getFileName() + ", which does not exist"));
            }
        });
        return problems;
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
