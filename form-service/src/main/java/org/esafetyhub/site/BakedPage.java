package org.esafetyhub.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A page the bake wrote, such as {@code parents/keeping-evidence/index.html}, parsed once for
 * everything that reads the baked site: the link check and the search index.
 */
record BakedPage(String output, Document html) {

    /** The address the page is served at, such as {@code /parents/keeping-evidence/}. */
    String url() {
        return "/" + output.replaceAll("(^|/)index\\.html$", "$1");
    }

    static List<BakedPage> under(Path site) {
        var pages = new ArrayList<BakedPage>();
        try (Stream<Path> files = Files.walk(site)) {
            for (var html : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                var output = site.relativize(html).toString().replace('\\', '/');
                pages.add(new BakedPage(output, Jsoup.parse(html.toFile(), "UTF-8")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
