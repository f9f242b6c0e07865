package org.esafetyhub.site;

import org.jsoup.nodes.Document;

import java.util.List;
import java.util.Optional;

/**
 * The Flesch–Kincaid grade of a page's prose: 0.39 × words a sentence + 11.8 × syllables a word − 15.59,
 * a US school grade (grade 4 ≈ reading age 9). It counts only sentence and word length: it flags a page
 * to rewrite, it does not show that a page reads well.
 *
 * @param longestWords    the words of the page's longest sentence
 * @param longestSentence that sentence, to show the author where to start
 */
public record ReadingGrade(int words, int sentences, int syllables, int longestWords, String longestSentence) {

    static double fleschKincaid(int words, int sentences, int syllables) {
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    public double grade() {
        return fleschKincaid(words, sentences, syllables);
    }

    /** The grade to one decimal place, as shown and as compared with a ceiling. */
    public double rounded() {
        return Math.round(grade() * 10) / 10.0;
    }

    static ReadingGrade of(List<Sentences.Sentence> sentences) {
        int words = 0;
        int syllables = 0;
        var longest = new Sentences.Sentence("", List.of());
        for (var sentence : sentences) {
            words += sentence.words().size();
            for (var word : sentence.words()) {
                syllables += Syllables.in(word);
            }
            if (sentence.words().size() > longest.words().size()) {
                longest = sentence;
            }
        }
        return new ReadingGrade(words, sentences.size(), syllables, longest.words().size(), longest.text());
    }

    /** @return empty for a page with no main or no words in it */
    static Optional<ReadingGrade> read(Document html) {
        var main = html.selectFirst("main");
        if (main == null) {
            return Optional.empty();
        }
        var sentences = Sentences.in(main);
        return sentences.isEmpty() ? Optional.empty() : Optional.of(of(sentences));
    }
}
