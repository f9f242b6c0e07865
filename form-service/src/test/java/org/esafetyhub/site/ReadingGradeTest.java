package org.esafetyhub.site;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Flesch–Kincaid grade of a page's main, pinned on sentences whose words and syllables were counted by hand. */
class ReadingGradeTest {

    private static ReadingGrade gradeOf(String main) {
        return ReadingGrade.read(Jsoup.parse("<main>" + main + "</main>")).orElseThrow();
    }

    @Test
    void the_grade_is_flesch_kincaid_of_hand_counted_sentences() {
        // The(1) cat(1) sat(1) on(1) the(1) mat(1).                 6 words,  6 syllables
        // Cyber-bullying(5) is(1) never(2) your(1) fault(1).          5 words, 10 syllables
        // Tell(1) a(1) trusted(2) adult(2) about(2) it(1)!            6 words,  9 syllables
        // 17 words, 3 sentences, 25 syllables: 0.39 × 17/3 + 11.8 × 25/17 − 15.59 = 3.9729…
        var grade = gradeOf("<p>The cat sat on the mat. Cyber-bullying is never your fault. Tell a trusted adult about it!</p>");

        assertThat(grade.words()).isEqualTo(17);
        assertThat(grade.sentences()).isEqualTo(3);
        assertThat(grade.syllables()).isEqualTo(25);
        assertThat(grade.grade()).isCloseTo(3.9729, within(0.0001));
        assertThat(grade.rounded()).isEqualTo(4.0);
        assertThat(grade.longestWords()).isEqualTo(6);
        assertThat(grade.longestSentence()).isEqualTo("The cat sat on the mat.");
    }

    @Test
    void longer_sentences_and_longer_words_raise_the_grade() {
        // Unfortunately(5) inappropriate(5) communication(5) frequently(3) escalates(3) unexpectedly(5).   6 words, 26 syllables
        // 0.39 × 6 + 11.8 × 26/6 − 15.59 = 37.8833…
        var grade = gradeOf("<p>Unfortunately inappropriate communication frequently escalates unexpectedly.</p>");

        assertThat(grade.syllables()).isEqualTo(26);
        assertThat(grade.grade()).isCloseTo(37.8833, within(0.0001));
    }

    @ParameterizedTest(name = "{0} has {1} syllables")
    @CsvSource({
            "the, 1", "cat, 1", "make, 1", "little, 2", "people, 2", "liked, 1", "wanted, 2", "needed, 2", "called, 1",
            "handled, 2", "changes, 2", "rules, 1", "tables, 2", "goes, 1", "played, 1", "yes, 1", "beyond, 2", "player, 2",
            "eye, 1", "true, 1", "bullying, 3", "being, 2", "going, 2", "radio, 3", "serious, 3", "social, 2", "actual, 3",
            "language, 2", "information, 4", "question, 2", "easier, 3", "someone, 2", "everyone, 3", "sometimes, 2",
            "nothing, 2", "safely, 2", "carefully, 3", "family, 3", "statement, 2", "kindness, 2", "homework, 2",
            "don't, 1", "didn't, 2", "haven't, 2", "aren't, 1", "someone’s, 2", "e-mail, 2", "cyber-bullying, 5",
            "DSL, 1", "CEOP, 1", "DMs, 1", "0800, 1", "7-11, 1", "childline.org.uk, 1", "e.g, 1", "video, 3", "maybe, 2"})
    void a_word_has_the_syllables_counted_by_hand(String word, int syllables) {
        assertThat(Syllables.in(word)).isEqualTo(syllables);
    }

    @Test
    void a_block_ends_a_sentence_without_a_full_stop_and_a_full_stop_ends_one_inside_a_block() {
        var grade = gradeOf("""
                <h2>If it happens</h2>
                <ul><li>Do not reply</li><li>Keep it. Tell an adult</li></ul>
                <p>Which is <strong>kind</strong>?</p>
                <fieldset><legend>Pick one</legend><label>Yes</label><label>No</label></fieldset>
                """);

        // If it happens | Do not reply | Keep it. | Tell an adult | Which is kind? | Pick one | Yes | No
        assertThat(grade.sentences()).isEqualTo(8);
        assertThat(grade.words()).isEqualTo(3 + 3 + 2 + 3 + 3 + 2 + 1 + 1);
    }

    @Test
    void e_g_a_decimal_point_and_an_ellipsis_before_a_small_letter_do_not_end_a_sentence() {
        var grade = gradeOf("<p>Save proof, e.g. a screenshot. Version 2.5 is here. Wait… then tell. I waited… Then I told.</p>");

        // Save proof, e.g. a screenshot. | Version 2.5 is here. | Wait… then tell. | I waited… | Then I told.
        assertThat(grade.sentences()).isEqualTo(5);
        assertThat(grade.longestSentence()).isEqualTo("Save proof, e.g. a screenshot.");
    }

    @Test
    void breadcrumbs_the_last_reviewed_line_review_dates_scripts_and_hidden_parts_are_not_counted() {
        var grade = gradeOf("""
                <nav class="breadcrumbs"><ol><li>Home</li><li>For pupils</li></ol></nav>
                <h1>Be kind</h1>
                <dl class="facts"><div><dt>For ages</dt><dd>7 to 11</dd></div>
                <div><dt>Last reviewed</dt><dd><time datetime="2026-11-27">27 November 2026</time></dd></div></dl>
                <section hidden><p>Your results will show here when you have finished.</p></section>
                <script>var notWords = "many words that nobody reads";</script>
                <p class="reviewed">Last reviewed <time datetime="2026-11-27">27 November 2026</time>.</p>
                """);

        // Be kind | For ages | 7 to 11
        assertThat(grade.sentences()).isEqualTo(3);
        assertThat(grade.words()).isEqualTo(2 + 2 + 3);
    }

    @Test
    void quoted_words_are_not_counted_but_our_note_inside_them_is() {
        var grade = gradeOf("""
                <h2>In plain words</h2>
                <p>The school keeps you safe.</p>
                <div data-reading="quoted">
                <p>The trust accepts that new technology can sometimes be misused for unkind or unlawful purposes.</p>
                <table><tr><th>5.6</th><td><span>Pass all of the evidence to CEOP.</span>
                <div class="review-note" data-reading="ours"><p>Current guidance <em>differs</em>.</p></div></td></tr></table>
                </div>
                <p>Ask the school.</p>
                """);

        // In plain words | The school keeps you safe. | Current guidance differs. | Ask the school.
        assertThat(grade.sentences()).isEqualTo(4);
        assertThat(grade.words()).isEqualTo(3 + 5 + 3 + 3);
    }
}
