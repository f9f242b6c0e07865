package org.esafetyhub.site;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many syllables a word of English has, by rule: groups of vowels, less a silent final e, -es and -ed,
 * with -le, y as a vowel, vowels said apart (radio, actual, being) and a few endings and compounds counted
 * apart (safe|ly, some|one). Following Flesch's own rules for his formula, a number, an abbreviation in
 * capitals (DSL, CEOP) or an address counts as one syllable, and a hyphenated word as one word whose
 * syllables are its parts'; where a word has two accepted pronunciations the shorter counts (every: 2).
 * A rule is wrong on some words: the few that matter on our pages are listed.
 */
final class Syllables {

    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            Map.entry("every", 2), Map.entry("maybe", 2), Map.entry("quiet", 2), Map.entry("science", 2),
            Map.entry("idea", 3), Map.entry("ideas", 3), Map.entry("area", 3), Map.entry("areas", 3),
            Map.entry("video", 3), Map.entry("videos", 3), Map.entry("create", 2), Map.entry("creates", 2),
            Map.entry("created", 3), Map.entry("creating", 3), Map.entry("realise", 3), Map.entry("realised", 3),
            Map.entry("realize", 3), Map.entry("realized", 3), Map.entry("business", 2), Map.entry("million", 2),
            Map.entry("opinion", 3), Map.entry("behaviour", 3), Map.entry("centre", 2), Map.entry("centres", 2),
            Map.entry("safety", 2), Map.entry("safeguard", 2), Map.entry("safeguards", 2), Map.entry("safeguarding", 3));

    /** Endings and second halves of compounds counted on their own, longest first, with their syllables. */
    private static final List<Map.Entry<String, Integer>> PARTS = List.of(
            Map.entry("selves", 1), Map.entry("fully", 2), Map.entry("thing", 1), Map.entry("where", 1),
            Map.entry("times", 1), Map.entry("body", 2), Map.entry("ment", 1), Map.entry("ness", 1),
            Map.entry("less", 1), Map.entry("ones", 1), Map.entry("self", 1), Map.entry("time", 1),
            Map.entry("work", 1), Map.entry("ful", 1), Map.entry("one", 1), Map.entry("ly", 1));

    private Syllables() {
    }

    /** Words seen before: a site uses a few thousand words many times over. */
    private static final Map<String, Integer> KNOWN = new ConcurrentHashMap<>();
    private static final int MOST_KNOWN = 50_000;

    /** @param word as written, with its capitals, apostrophes, hyphens or digits */
    static int in(String word) {
        var known = KNOWN.get(word);
        if (known != null) {
            return known;
        }
        int syllables = counted(word);
        if (KNOWN.size() < MOST_KNOWN) {
            KNOWN.put(word, syllables);
        }
        return syllables;
    }

    private static int counted(String word) {
        var token = word.replace('\u2019', '\'');
        if (isFigureOrAddress(token) || isCapitals(token)) {
            return 1;
        }
        int total = 0;
        for (var part : token.split("-")) {
            if (part.chars().anyMatch(Character::isLetter)) {
                total += inPart(part.toLowerCase(Locale.ROOT));
            }
        }
        return Math.max(1, total);
    }

    private static boolean isFigureOrAddress(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c) || c == '.' || c == '/' || c == '@' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** DSL, CEOP, DMs, PIN's. */
    private static boolean isCapitals(String token) {
        int end = token.length();
        if (end > 0 && token.charAt(end - 1) == 's') {
            end--;
        }
        if (end > 0 && token.charAt(end - 1) == '\'') {
            end--;
        }
        if (end < 2) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            if (!Character.isUpperCase(token.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String lettersOf(String part) {
        var letters = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    private static int inPart(String part) {
        if (part.endsWith("n't") && part.length() > 3) {
            var stem = part.substring(0, part.length() - 3);
            // did|n't, have|n't; but don't, can't, aren't
            boolean ownSyllable = !isVowel(stem.charAt(stem.length() - 1)) && !stem.endsWith("re") || stem.equals("have");
            return ofLetters(stem) + (ownSyllable ? 1 : 0);
        }
        return ofLetters(part);
    }

    private static int ofLetters(String part) {
        var letters = lettersOf(part);
        if (letters.isEmpty()) {
            return 0;
        }
        var known = EXCEPTIONS.get(letters);
        if (known != null) {
            return known;
        }
        for (var ending : PARTS) {
            var end = ending.getKey();
            if (letters.length() > end.length() + 1 && letters.endsWith(end)) {
                var stem = letters.substring(0, letters.length() - end.length());
                if (groups(stem) > 0) {
                    return ofLetters(stem) + ending.getValue();
                }
            }
        }
        return Math.max(1, groups(letters) - silent(letters));
    }

    /** Groups of vowels, a group split where its vowels are said apart. */
    private static int groups(String w) {
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            if (!vowelAt(w, i)) {
                inGroup = false;
                continue;
            }
            if (!inGroup || saidApart(w, i)) {
                groups++;
            }
            inGroup = true;
        }
        return groups;
    }

    /** Whether the vowel at i starts a new syllable although the letter before it is a vowel too. */
    private static boolean saidApart(String w, int i) {
        char before = w.charAt(i - 1);
        char c = w.charAt(i);
        char twoBefore = i >= 2 ? w.charAt(i - 2) : ' ';
        if (before == 'y') {
            return true; // bull-y-ing, an-y-one
        }
        if (before == 'i' && (c == 'a' || c == 'o')) {
            return "ctsxg".indexOf(twoBefore) < 0; // ra-di-o, se-ri-ous; but so-cial, ac-tion, re-li-gion
        }
        if (before == 'u' && c == 'a') {
            return twoBefore != 'g'; // ac-tu-al, u-su-al; but lan-guage
        }
        if (before == 'i' && c == 'e') {
            var rest = w.substring(i + 1);
            return rest.equals("r") || rest.equals("rs") || rest.equals("st"); // eas-i-er, hap-pi-est
        }
        if (c == 'i' && w.startsWith("ng", i + 1) && i + 3 == w.length()) {
            return before != 'i'; // be-ing, go-ing, see-ing
        }
        return false;
    }

    /** A final e, -es or -ed not said as a syllable of its own: make, likes, liked; but little, changes, wanted. */
    private static int silent(String w) {
        int n = w.length();
        if (groups(w) < 2) {
            return 0;
        }
        if (w.endsWith("e")) {
            boolean le = w.endsWith("le") && n >= 3 && !isVowel(w.charAt(n - 3));
            return !le && !vowelAt(w, n - 2) ? 1 : 0;
        }
        if (w.endsWith("es") && n >= 4 && !vowelAt(w, n - 3)) {
            boolean said = "sxz".indexOf(w.charAt(n - 3)) >= 0 || w.endsWith("ches") || w.endsWith("shes")
                    || w.endsWith("ges") || w.endsWith("ces") || w.endsWith("les") && !isVowel(w.charAt(n - 4)) && w.charAt(n - 4) != 'l';
            return said ? 0 : 1;
        }
        if (w.endsWith("ed") && n >= 4 && !vowelAt(w, n - 3)) {
            char last = w.charAt(n - 3);
            boolean said = last == 't' || last == 'd'
                    || (last == 'l' || last == 'r') && !isVowel(w.charAt(n - 4)) && w.charAt(n - 4) != last; // hand-led, hun-dred; called
            return said ? 0 : 1;
        }
        return 0;
    }

    /** A vowel sound: a, e, i, o, u, and y unless it starts the word or sits between vowels (yes, player); not the u of qu. */
    private static boolean vowelAt(String w, int i) {
        char c = w.charAt(i);
        if (c == 'u') {
            return i == 0 || w.charAt(i - 1) != 'q';
        }
        if (c == 'y') {
            boolean betweenVowels = i > 0 && i + 1 < w.length() && isVowel(w.charAt(i - 1)) && isVowel(w.charAt(i + 1));
            return i > 0 && !betweenVowels;
        }
        return isVowel(c);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
