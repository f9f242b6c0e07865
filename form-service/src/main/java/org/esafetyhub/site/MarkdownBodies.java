package org.esafetyhub.site;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PegdownExtensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * JBake's Markdown engine, with flexmark's parser and renderer built once per set of extensions
 * and thread instead of once per file (JBake 2.7.0 builds them for every file). The extensions are
 * read from {@code markdown.extensions} as JBake reads them (a name adds one, {@code -NAME} takes
 * one away).
 * <p>
 * Flexmark is most of the time of a crawl, and JBake crawls one file at a time: during a crawl
 * ({@link #crawling}) each body is rendered on the other cores while the crawl reads the next file,
 * and {@link Crawl#finish} puts every body's HTML into its document. Only the files the crawl parses
 * are rendered, so a re-bake renders only what changed.
 */
final class MarkdownBodies extends MarkdownEngine {

    private record Flexmark(Parser parser, HtmlRenderer renderer) {
    }

    /** Flexmark by extensions, for each thread: its parser and renderer are not documented as thread-safe. */
    private static final ThreadLocal<Map<List<String>, Flexmark>> FLEXMARK = ThreadLocal.withInitial(HashMap::new);

    private final ThreadLocal<Crawl> crawl = new ThreadLocal<>();

    /** The bodies of one crawl, rendered on other threads until {@link #finish}. */
    final class Crawl implements AutoCloseable {

        private final List<DocumentModel> documents = new ArrayList<>();
        private final List<FutureTask<String>> bodies = new ArrayList<>();

        /**
         * Waits for every body of the crawl and puts each in its document. This thread renders those not
         * started, from the last while the others take them from the first, so that neither waits on the other.
         */
        void finish() {
            for (int i = bodies.size() - 1; i >= 0; i--) {
                bodies.get(i).run();
            }
            for (int i = 0; i < bodies.size(); i++) {
                var body = bodies.get(i);
                try {
                    documents.get(i).setBody(body.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while rendering Markdown", e);
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
                }
            }
            close();
        }

        @Override
        public void close() {
            bodies.forEach(body -> body.cancel(false));
            documents.clear();
            bodies.clear();
            crawl.remove();
        }
    }

    /** Starts rendering bodies on other threads for the crawl this thread is about to run. */
    Crawl crawling() {
        var started = new Crawl();
        crawl.set(started);
        return started;
    }

    @Override
    public void processBody(ParserContext context) {
        var extensions = List.copyOf(context.getConfig().getMarkdownExtensions());
        var markdown = context.getBody();
        var started = crawl.get();
        // JBake rewrites image paths in the body right after parsing when img.path.update is on: it needs the HTML now
        if (started == null || context.getConfig().getImgPathUpdate() || mayHoldEmail(markdown)) {
            context.setBody(render(extensions, markdown));
            return;
        }
        var body = new FutureTask<>(() -> render(extensions, markdown));
        started.documents.add(context.getDocumentModel());
        started.bodies.add(body);
        OtherCores.EXECUTOR.execute(body);
    }

    /**
     * Flexmark writes an e-mail address as randomly chosen character references, from one Random for
     * the whole JVM: for the same output at every bake, bodies that may hold an address ({@code @}, or
     * a character reference that may be one) are rendered one after the other in the crawl's order.
     */
    private static boolean mayHoldEmail(String markdown) {
        return markdown.indexOf('@') >= 0 || markdown.indexOf('&') >= 0;
    }

    private static String render(List<String> extensions, String markdown) {
        var flexmark = FLEXMARK.get().computeIfAbsent(extensions, MarkdownBodies::build);
        return flexmark.renderer().render(flexmark.parser().parse(markdown));
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
