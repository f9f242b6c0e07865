package org.esafetyhub.site;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * JBake's Markdown engine, with flexmark's parser and renderer built once per set of extensions
 * instead of once per file: JBake 2.7.0 builds them for every file, which was most of the time of
 * crawling a site of many pages. The extensions are read from {@code markdown.extensions} as JBake
 * reads them (a name adds one, {@code -NAME} takes one away).
 * <p>
 * JBake crawls one file at a time; {@link #renderAhead} renders every body on all cores before the
 * crawl, and the crawl then takes each body's HTML from what was rendered ahead.
 */
final class MarkdownBodies extends MarkdownEngine {

    private record Flexmark(Parser parser, HtmlRenderer renderer) {
    }

    /** The line between a content file's header and its body. */
    private static final String HEADER_END = "~~~~~~";

    private final Map<List<String>, Flexmark> byExtensions = new ConcurrentHashMap<>();
    /** Bodies rendered ahead, by their Markdown; each is taken once by the crawl. */
    private final Map<String, String> renderedAhead = new ConcurrentHashMap<>();

    @Override
    public void processBody(ParserContext context) {
        var ahead = renderedAhead.remove(context.getBody());
        context.setBody(ahead != null ? ahead : render(context.getConfig().getMarkdownExtensions(), context.getBody()));
    }

    /** Renders the body of every Markdown file under the folder, on every core, for the crawl to take. */
    void renderAhead(JBakeConfiguration config, Path content) {
        var extensions = config.getMarkdownExtensions();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(file -> file.toString().endsWith(".md")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        renderedAhead.clear();
        files.parallelStream().forEach(file -> body(file).ifPresent(body -> renderedAhead.put(body, render(extensions, body))));
    }

    /** What is left of the bodies rendered ahead once the crawl is done: nothing need be kept. */
    void forgetRenderedAhead() {
        renderedAhead.clear();
    }

    private String render(List<String> extensions, String markdown) {
        var flexmark = byExtensions.computeIfAbsent(List.copyOf(extensions), MarkdownBodies::build);
        return flexmark.renderer().render(flexmark.parser().parse(markdown));
    }

    /** The body as JBake hands it to {@link #processBody}: the lines after the header's end, each ended by a new line. */
    private static Optional<String> body(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        int end = lines.indexOf(HEADER_END);
        if (end < 0) {
            return Optional.empty();
        }
        var body = new StringBuilder();
        lines.subList(end + 1, lines.size()).forEach(line -> body.append(line).append('\n'));
        return Optional.of(body.toString());
    }

    private static Flexmark build(List<String> names) {
        int extensions = PegdownExtensions.NONE;
        for (var name : names) {
            if (name.startsWith("-")) {
                extensions &= ~flag(name.substring(1));
            } else {
                extensions |= flag(name.startsWith("+") ? name.substring(1) : name);
            }
        }
        var options = PegdownOptionsAdapter.flexmarkOptions(extensions);
        return new Flexmark(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
    }

    private static int flag(String name) {
        try {
            return PegdownExtensions.class.getDeclaredField(name).getInt(null);
        } catch (ReflectiveOperationException e) {
            return PegdownExtensions.NONE;
        }
    }
}
