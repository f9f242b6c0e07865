package org.esafetyhub.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The search index the bake writes, from baked pages made up for each test. */
class SearchIndexTest {

    private static BakedPage page(String output, String title, String summary, String main) {
        return page(output, "<meta name=\"description\" content=\"" + summary + "\">", "<h1>" + title + "</h1>" + main);
    }

    private static BakedPage page(String output, String head, String main) {
        return baked(output, "<!DOCTYPE html><html><head><title>T</title>" + head + "</head><body>"
                + "<header><a href=\"/\">Riverside header words</a></header><main id=\"main\">" + main + "</main>"
                + "<footer>Footer words</footer></body></html>");
    }

    private static BakedPage baked(String output, String html) {
        return BakedPage.of(output, html, Map.of());
    }

    private static SearchIndex.Entry entry(SearchIndex.Index index, String url) {
        return index.pages().stream().filter(e -> e.url().equals(url)).findFirst().orElseThrow();
    }

    private static List<String> words(SearchIndex.Entry entry) {
        return List.of(entry.words().split(" "));
    }

    @Test
    void a_page_is_indexed_at_its_address_with_its_title_summary_headings_and_other_words() {
        var index = SearchIndex.of(List.of(
                page("parents/keeping-evidence/index.html", "Keeping evidence", "How to save messages.",
                        "<p class=\"lede\">How to save messages.</p><h2>Screenshots</h2><p>Capture the whole conversation.</p>"
                                + "<h3>Links</h3><p>Copy the address.</p>"),
                page("index.html", "Staying safe online", "Help.", "<p>Welcome.</p>")));

        var evidence = entry(index, "/parents/keeping-evidence/");
        assertThat(evidence.title()).isEqualTo("Keeping evidence");
        assertThat(evidence.summary()).isEqualTo("How to save messages.");
        assertThat(evidence.headings()).containsExactly("Screenshots", "Links");
        assertThat(words(evidence)).containsExactlyInAnyOrder("capture", "whole", "conversation", "copy", "address");
        assertThat(entry(index, "/").title()).isEqualTo("Staying safe online");
    }

    @Test
    void words_leave_out_stop_words_short_words_repeats_and_what_the_title_summary_and_headings_say() {
        var index = SearchIndex.of(List.of(
                page("a/index.html", "Blocking people", "Stop contact.",
                        "<h2>Muting</h2><p>It is OK to block, and blocking is not rude: blocking stops contact. Muting hides posts. Go on.</p>"),
                page("b/index.html", "Other", "Other.", "<p>Nothing alike.</p>")));

        assertThat(words(entry(index, "/a/"))).containsExactlyInAnyOrder("block", "rude", "stops", "hides", "posts");
    }

    @Test
    void a_hyphenated_word_is_indexed_in_parts_and_whole_and_apostrophes_and_accents_are_dropped() {
        assertThat(SearchWords.of("Cyber-bullying isn't a child’s café game"))
                .containsExactly("cyber", "bullying", "cyberbullying", "isnt", "a", "childs", "cafe", "game");
    }

    @Test
    void a_word_on_every_page_tells_nothing_and_is_left_out() {
        var index = SearchIndex.of(List.of(
                page("a/index.html", "A", "A.", "<p>Reviewed in November. Grooming.</p>"),
                page("b/index.html", "B", "B.", "<p>Reviewed in November. Sextortion.</p>")));

        assertThat(words(entry(index, "/a/"))).containsExactly("grooming");
        assertThat(words(entry(index, "/b/"))).containsExactly("sextortion");
    }

    @Test
    void a_page_keeps_only_its_most_telling_words_those_it_repeats_and_other_pages_lack_first() {
        var many = new StringBuilder("<p>");
        IntStream.range(0, SearchIndex.MOST_WORDS_PER_PAGE + 30).forEach(i -> many.append("word").append(alpha(i)).append(' '));
        many.append("screenshot screenshot screenshot shared shared</p>");
        var index = SearchIndex.of(List.of(
                page("a/index.html", "A", "A.", many.toString()),
                page("b/index.html", "B", "B.", "<p>Shared.</p>")));

        var kept = words(entry(index, "/a/"));
        assertThat(kept).hasSize(SearchIndex.MOST_WORDS_PER_PAGE).startsWith("screenshot").doesNotContain("shared");
    }

    @Test
    void the_words_a_page_keeps_shrink_as_the_site_grows_so_the_index_stays_small() {
        var pages = new ArrayList<BakedPage>();
        int pageCount = 2 * SearchIndex.WORDS_FOR_THE_SITE / SearchIndex.MOST_WORDS_PER_PAGE;
        for (int p = 0; p < pageCount; p++) {
            var text = new StringBuilder("<p>");
            var prefix = "page" + alpha(p) + "word";
            IntStream.range(0, SearchIndex.MOST_WORDS_PER_PAGE).forEach(i -> text.append(prefix).append(alpha(i)).append(' '));
            pages.add(page("p" + p + "/index.html", "Page", "Page.", text.append("</p>").toString()));
        }

        var index = SearchIndex.of(pages);

        assertThat(index.pages()).allSatisfy(e -> assertThat(words(e)).hasSize(SearchIndex.WORDS_FOR_THE_SITE / pageCount));
    }

    @Test
    void pages_marked_noindex_and_pages_without_a_main_are_left_out() {
        var index = SearchIndex.of(List.of(
                page("search/index.html", "<meta name=\"robots\" content=\"noindex\">", "<h1>Search</h1>"),
                page("404.html", "<meta name=\"robots\" content=\"noindex\">", "<h1>Page not found</h1>"),
                baked("fragment.html", "<p>No main here.</p>"),
                page("glossary/index.html", "Glossary", "Words.", "<p>Anonymity.</p>")));

        assertThat(index.pages()).extracting(SearchIndex.Entry::url).containsExactly("/glossary/");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_index_is_written_as_json_with_the_stop_words_for_the_script(@TempDir Path site) throws Exception {
        new SearchIndex().write(site, List.of(page("glossary/index.html", "Glossary", "Words.", "<p>Anonymity.</p>"),
                page("policy/index.html", "Policy", "Rules.", "<h2>Aims</h2><p>Clauses.</p>")));

        var json = new ObjectMapper().readValue(site.resolve("search-index.json").toFile(), Map.class);
        assertThat(json.get("stopWords").toString().split(" ")).contains("the", "and", "how");
        assertThat((List<Object>) json.get("pages")).containsExactly(
                Map.of("url", "/glossary/", "title", "Glossary", "summary", "Words.", "headings", List.of(), "words", "anonymity"),
                Map.of("url", "/policy/", "title", "Policy", "summary", "Rules.", "headings", List.of("Aims"), "words", "clauses"));
    }

    /** A number spelt in letters (0 is a, 25 is z, 26 is ba), so that made-up words are words, not numbers. */
    private static String alpha(int number) {
        var letters = new StringBuilder();
        do {
            letters.insert(0, (char) ('a' + number % 26));
            number /= 26;
        } while (number > 0);
        return letters.toString();
    }
}
