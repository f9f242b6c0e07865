package org.esafetyhub.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fails the bake, before rendering, on an outside service's phone number or address typed by hand into a content
 * page or a template (data/help-services.yaml holds them), on a help: link or help macro naming no service, and on
 * a guide whose {@code follows=} names guidance data/guidance-sources.yaml does not list.
 */
final class ReferenceCheck {

    /** A Markdown link to a service, inline ({@code ](help:childline)}) or as a reference ({@code [x]: help:childline}). */
    private static final Pattern PAGE_LINK = Pattern.compile("\\]\\(\\s*help:([^)\\s]*)|^\\s*\\[[^\\]]+\\]:\\s*help:(\\S*)");
    /** A template's macro naming a service: {@code <@help.phone "childline"/>}. */
    private static final Pattern MACRO = Pattern.compile("<@help\\.(phone|link|email)\\s+(?:id=)?\"([^\"]*)\"");

    private final OutsideReferences references;

    ReferenceCheck(OutsideReferences references) {
        this.references = references;
    }

    List<BakeProblem> check(Path root, Path templates, List<SourcePage> pages) {
        var problems = new ArrayList<BakeProblem>();
        for (var page : pages) {
            problems.addAll(checkPage(page));
        }
        for (var template : templates(templates)) {
            problems.addAll(checkTemplate(root.relativize(template).toString().replace('\\', '/'), ContentCheck.read(template)));
        }
        return problems;
    }

    private List<BakeProblem> checkPage(SourcePage page) {
        var name = page.relativeName();
        var lines = ContentCheck.read(page.file());
        var problems = new ArrayList<BakeProblem>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            for (var typed : references.help().typedByHand(line, false)) {
                problems.add(new BakeProblem(name, i + 1, typed));
            }
            var links = PAGE_LINK.matcher(line);
            while (links.find()) {
                var reference = links.group(1) != null ? links.group(1) : links.group(2);
                int at = i + 1;
                references.help().problemWith(reference).ifPresent(problem -> problems.add(new BakeProblem(name, at, problem)));
            }
        }
        FrontMatter.parse(name, lines).get("follows").ifPresent(follows -> {
            for (var id : follows.value().split(",")) {
                if (references.sources().source(id.strip()).isEmpty()) {
                    problems.add(new BakeProblem(name, follows.line(), "follows \"" + id.strip()
                            + "\": data/guidance-sources.yaml lists no guidance with that id"));
                }
            }
        });
        return problems;
    }

    private List<BakeProblem> checkTemplate(String name, List<String> lines) {
        var problems = new ArrayList<BakeProblem>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            for (var typed : references.help().typedByHand(line, true)) {
                problems.add(new BakeProblem(name, i + 1, typed));
            }
            var macros = MACRO.matcher(line);
            while (macros.find()) {
                var reference = macros.group(2) + switch (macros.group(1)) {
                    case "phone" -> "/phone";
                    case "email" -> "/email";
                    default -> "";
                };
                int at = i + 1;
                references.help().problemWith(reference).ifPresent(problem -> problems.add(new BakeProblem(name, at, problem)));
            }
        }
        return problems;
    }

    private static List<Path> templates(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".ftl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
