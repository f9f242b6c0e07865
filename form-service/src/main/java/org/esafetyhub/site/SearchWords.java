package org.esafetyhub.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text is cut into words for search, here for the index and in {@code assets/js/search.js}
 * for the query: lower case, without accents or apostrophes ("child's" is childs), and a
 * hyphenated word is its parts and the parts joined ("cyber-bullying" is cyber, bullying and
 * cyberbullying), so that both spellings a child might type find it.
 */
final class SearchWords {

    /** Words too common to tell pages apart; the index carries them so that search.js drops them from queries too. */
    static final Set<String> STOP_WORDS = Set.of(
            "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
            "be", "because", "been", "before", "being", "both", "but", "by", "can", "could", "did", "do",
            "does", "doing", "done", "each", "even", "every", "for", "from", "get", "gets", "had", "has",
            "have", "having", "he", "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into",
            "is", "it", "its", "just", "may", "me", "might", "more", "most", "much", "must", "my", "no",
            "nor", "not", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out",
            "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
            "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
            "under", "until", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which",
            "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours");

    private static final Pattern ACCENTS = Pattern.compile("[\u0300-\u036f]");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private SearchWords() {
    }

    /** Every word of the text in order, repeats included. */
    static List<String> of(String text) {
        var plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        plain = APOSTROPHES.matcher(ACCENTS.matcher(plain).replaceAll("")).replaceAll("");
        var words = new ArrayList<String>();
        var matcher = WORD.matcher(plain);
        while (matcher.find()) {
            var parts = matcher.group().split("-");
            words.addAll(List.of(parts));
            if (parts.length > 1) {
                words.add(String.join("", parts));
            }
        }
        return words;
    }
}
