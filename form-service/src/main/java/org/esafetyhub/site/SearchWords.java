package org.esafetyhub.site;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private SearchWords() {
    }

    /** Every word of the text in order, repeats included. */
    static List<String> of(String text) {
        var plain = plain(text);
        var words = new ArrayList<String>();
        int length = plain.length();
        int at = 0;
        while (at < length) {
            if (!isWordChar(plain.charAt(at))) {
                at++;
                continue;
            }
            // a word is [a-z0-9]+(-[a-z0-9]+)*, as search.js matches it
            var parts = new ArrayList<String>(1);
            while (true) {
                int partStart = at;
                while (at < length && isWordChar(plain.charAt(at))) {
                    at++;
                }
                parts.add(plain.substring(partStart, at));
                if (at + 1 < length && plain.charAt(at) == '-' && isWordChar(plain.charAt(at + 1))) {
                    at++;
                } else {
                    break;
                }
            }
            words.addAll(parts);
            if (parts.size() > 1) {
                words.add(String.join("", parts));
            }
        }
        return words;
    }

    /** Lower case, decomposed, without its accents and apostrophes. */
    private static String plain(String text) {
        var decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        var plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!(c >= '\u0300' && c <= '\u036f') && c != '\'' && c != '\u2019') {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** Letters and digits of any script, with their combining marks (Bengali vowel signs, Arabic vowel marks). */
    private static boolean isWordChar(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
