package org.esafetyhub.site;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The search index, {@code search-index.json}: for every baked page (but those marked noindex)
 * its address, title, summary, headings and its most telling other words. search.js fetches it
 * on the first search, so it is kept small: a page's words leave out stop words, repeats and
 * what its title, summary and headings already say, and keep only those that say most about this
 * page rather than the whole site (by tf-idf): up to {@value #MOST_WORDS_PER_PAGE} a page, fewer
 * once the site has more than {@value #WORDS_FOR_THE_SITE} words to share, so that the index
 * stays within its budget as the site grows.
 */
final class SearchIndex {

    static final String FILE = "search-index.json";
    static final int MOST_WORDS_PER_PAGE = 120;
    static final int WORDS_FOR_THE_SITE = 4_800;
    private static final int SHORTEST_WORD = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param lang the page's language, for a page not in English (search.js searches one language's pages at a time) */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(String url, String title, String summary, List<String> headings, String words, String lang) {
    }

    /** @param stopWords for search.js to drop from queries, as the index dropped them from pages */
    record Index(String stopWords, List<Entry> pages) {
    }

    /** What the index takes from one page: read when the page is parsed, so that the parsed page need not be kept. */
    record PageWords(String title, String summary, List<String> headings, Map<String, Integer> bodyCounts, String lang) {
    }

    private record Page(BakedPage baked, PageWords words) {
    }

    static void write(Path site, List<BakedPage> baked) {
        try {
            JSON.writeValue(site.resolve(FILE).toFile(), of(baked));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Index of(List<BakedPage> baked) {
        var pages = baked.stream().flatMap(page -> page.words().map(words -> new Page(page, words)).stream()).toList();
        var pagesWithWord = new HashMap<String, Integer>();
        pages.forEach(page -> page.words().bodyCounts().keySet().forEach(word -> pagesWithWord.merge(word, 1, Integer::sum)));
        int wordsPerPage = Math.min(MOST_WORDS_PER_PAGE, WORDS_FOR_THE_SITE / Math.max(1, pages.size()));
        var entries = pages.stream().map(page -> new Entry(page.baked().url(), page.words().title(), page.words().summary(),
                page.words().headings(),
                String.join(" ", telling(page.words().bodyCounts(), pagesWithWord, pages.size(), wordsPerPage)),
                page.words().lang())).toList();
        return new Index(String.join(" ", new TreeSet<>(SearchWords.STOP_WORDS)), entries);
    }

    /** @return empty for a page with no main, or one marked noindex */
    static Optional<PageWords> read(Document html) {
        if (html.selectFirst("main") == null || html.selectFirst("meta[name=robots][content*=noindex]") != null) {
            return Optional.empty();
        }
        var main = html.selectFirst("main").clone();
        var h1 = main.selectFirst("h1");
        var title = h1 != null ? h1.text() : html.title();
        var description = html.selectFirst("meta[name=description]");
        var summary = description != null ? description.attr("content") : "";
        var headings = List.copyOf(main.select("h2, h3").eachText().stream().collect(Collectors.toCollection(LinkedHashSet::new)));
        main.select("h1, h2, h3, h4, h5, h6, .lede, .translation-note, script, noscript").remove();
        var alreadySaid = new HashSet<>(SearchWords.of(title + " " + summary + " " + String.join(" ", headings)));
        var counts = new HashMap<String, Integer>();
        for (var word : SearchWords.of(main.text())) {
            if (word.length() >= SHORTEST_WORD && !SearchWords.STOP_WORDS.contains(word) && !alreadySaid.contains(word)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        var lang = html.selectFirst("html") == null ? "" : html.selectFirst("html").attr("lang");
        return Optional.of(new PageWords(title, summary, headings, counts, lang.isEmpty() || lang.startsWith("en") ? null : lang));
    }

    /** The page's words by tf-idf, most telling first; a word on every page tells nothing and is dropped. */
    private static List<String> telling(Map<String, Integer> counts, Map<String, Integer> pagesWithWord, int pageCount, int limit) {
        Map<String, Double> score = new HashMap<>();
        counts.forEach((word, count) -> score.put(word, count * Math.log((double) pageCount / pagesWithWord.get(word))));
        return score.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }
}
