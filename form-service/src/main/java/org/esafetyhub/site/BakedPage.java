package org.esafetyhub.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A page the bake wrote, such as {@code parents/keeping-evidence/index.html}, parsed once for
 * everything that reads the baked site: the link check and the search index.
 */
record BakedPage(String output, String text, Document html) {

    /** The address the page is served at, such as {@code /parents/keeping-evidence/}. */
    String url() {
        return "/" + output.replaceAll("(^|/)index\\.html$", "$1");
    }

    /**
     * @param before the pages of the bake before, by output: a page whose text has not changed is not parsed
     *               again (a re-bake after a saved change rewrites every page, but changes few)
     */
    static List<BakedPage> under(Path site, Map<String, BakedPage> before) {
        var pages = new ArrayList<BakedPage>();
        try (Stream<Path> files = Files.walk(site)) {
            for (var html : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                var output = site.relativize(html).toString().replace('\\', '/');
                var text = Files.readString(html);
                var same = before.get(output);
                pages.add(same != null && same.text().equals(text) ? same : new BakedPage(output, text, Jsoup.parse(text)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
