package org.esafetyhub.site;

import org.esafetyhub.crypto.Sha256;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A page the bake wrote, such as {@code parents/keeping-evidence/index.html}, parsed once for
 * everything that reads the baked site: the links it makes (for the link check) and what the search
 * index takes from it. The parsed page itself is not kept: a thousand of them would fill the heap.
 *
 * @param digest the SHA-256 of the page's text, to tell an unchanged page at the next bake
 * @param links  the internal and external links it makes, in document order
 * @param words  what the search index reads from it; empty for a page marked noindex or with no main
 * @param reading the reading grade of its main; empty for a page with no main or no words in it
 */
record BakedPage(String output, String digest, List<String> links, Optional<SearchIndex.PageWords> words,
                 Optional<ReadingGrade> reading) {

    private static final String LINKING = "a[href], link[href], script[src], img[src], source[src], form[action]";

    /** @param before the pages of the bake before, by output: a page whose text has not changed is not parsed again */
    static BakedPage of(String output, String text, Map<String, BakedPage> before) {
        var digest = Sha256.hex(text.getBytes(StandardCharsets.UTF_8));
        var same = before.get(output);
        if (same != null && same.digest().equals(digest)) {
            return same;
        }
        var html = Jsoup.parse(text);
        return new BakedPage(output, digest, links(html), SearchIndex.read(html), ReadingGrade.read(html));
    }

    /** The address the page is served at, such as {@code /parents/keeping-evidence/}. */
    String url() {
        return "/" + output.replaceAll("(^|/)index\\.html$", "$1");
    }

    /**
     * Reads the pages on both cores: parsing is most of the time of a large bake's checks.
     *
     * @param ahead the pages of this bake read while it rendered them, taken when their text is the file's
     */
    static List<BakedPage> under(Path site, PagesReadAhead ahead) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.parallelStream().map(html -> {
            var output = site.relativize(html).toString().replace('\\', '/');
            var text = read(html);
            return ahead.take(output, text).orElseGet(() -> of(output, text, ahead.before()));
        }).toList();
    }

    private static List<String> links(Document html) {
        return html.select(LINKING).stream()
                .map(element -> element.hasAttr("href") ? element.attr("href")
                        : element.hasAttr("src") ? element.attr("src") : element.attr("action"))
                .toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
