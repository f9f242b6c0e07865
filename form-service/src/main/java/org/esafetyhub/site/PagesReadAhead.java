package org.esafetyhub.site;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The pages of one bake read ({@link BakedPage#of}) on the other cores as JBake renders them, one at
 * a time on its own thread, instead of all after rendering. {@link BakedPage#under} takes a page read
 * ahead only if the file the bake wrote holds the same text (by its length and hash: what could change
 * it, an asset of the same name copied over it, would not keep both).
 */
final class PagesReadAhead {

    private record Ahead(int length, int hash, FutureTask<BakedPage> page) {
    }

    private final Map<String, Ahead> pages = new ConcurrentHashMap<>();
    private final Map<String, BakedPage> before;

    /**
     * @param before the pages of the bake before, by output: a page whose text has not changed is not parsed
     *               again (a re-bake after a saved change rewrites every page, but changes few)
     */
    PagesReadAhead(Map<String, BakedPage> before) {
        this.before = before;
    }

    Map<String, BakedPage> before() {
        return before;
    }

    /** @param output where the page is thought to be written, such as {@code lessons/jokes-that-hurt/index.html} */
    void rendered(String output, String text) {
        if (!output.endsWith(".html")) {
            return;
        }
        var page = new FutureTask<>(() -> BakedPage.of(output, text, before));
        pages.put(output, new Ahead(text.length(), text.hashCode(), page));
        OtherCores.EXECUTOR.execute(page);
    }

    /** The page read ahead for this output if it has this text, read on this thread if no other has started it. */
    Optional<BakedPage> take(String output, String text) {
        var ahead = pages.remove(output);
        if (ahead == null || ahead.length() != text.length() || ahead.hash() != text.hashCode()) {
            return Optional.empty();
        }
        var page = ahead.page();
        page.run();
        try {
            return Optional.of(page.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + output, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        }
    }
}
