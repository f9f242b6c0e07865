package org.esafetyhub.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fails the bake on an internal link to a page that does not exist. A link counts as internal when
 * it has no scheme; it resolves to a baked file, a folder with an index.html, or a page the
 * service answers.
 */
final class LinkCheck {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private final Path site;
    private final Set<String> servicePages;
    private final Map<String, SourcePage> sourceByOutput;
    /** Whether each path linked to exists: most pages link to the same few (navigation, footer). */
    private final Map<String, Boolean> existing = new HashMap<>();

    LinkCheck(Path site, Set<String> servicePages, List<SourcePage> pages) {
        this.site = site;
        this.servicePages = servicePages;
        this.sourceByOutput = pages.stream().collect(Collectors.toMap(SourcePage::outputFile, Function.identity()));
    }

    List<BakeProblem> check(List<BakedPage> baked) {
        var problems = new ArrayList<BakeProblem>();
        for (var page : baked) {
            problems.addAll(check(page));
        }
        return problems;
    }

    private List<BakeProblem> check(BakedPage page) {
        var output = page.output();
        var pageUrl = URI.create("/" + output);
        var problems = new ArrayList<BakeProblem>();
        for (var link : page.links()) {
            if (!isInternal(link)) {
                continue;
            }
            String path;
            try {
                path = pageUrl.resolve(new URI(link)).getPath();
            } catch (URISyntaxException | IllegalArgumentException e) {
                problems.add(problem(output, link, "link \"" + link + "\" is not a valid address"));
                continue;
            }
            if (!existing.computeIfAbsent(path, this::exists)) {
                problems.add(problem(output, link, "link to " + path + ": no such page"));
            }
        }
        return problems;
    }

    private static boolean isInternal(String link) {
        return !link.isEmpty() && !link.startsWith("#") && !link.startsWith("//") && !SCHEME.matcher(link).matches();
    }

    private boolean exists(String path) {
        if (servicePages.contains(path)) {
            return true;
        }
        var target = site.resolve(path.substring(1));
        if (path.endsWith("/")) {
            return Files.isRegularFile(target.resolve("index.html"));
        }
        return Files.isRegularFile(target);
    }

    /** Points at the content file and the line holding the link; links a template wrote point at the baked page. */
    private BakeProblem problem(String output, String link, String message) {
        var source = sourceByOutput.get(output);
        if (source == null) {
            return new BakeProblem(site.getFileName() + "/" + output, 0, message + " (the link comes from a template)");
        }
        var lines = ContentCheck.read(source.file());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(link)) {
                return new BakeProblem(source.relativeName(), i + 1, message);
            }
        }
        return new BakeProblem(source.relativeName(), 0, message + " (the link comes from its template)");
    }
}
