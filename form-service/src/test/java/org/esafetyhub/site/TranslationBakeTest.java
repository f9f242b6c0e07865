package org.esafetyhub.site;

import org.esafetyhub.crypto.Sha256;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bakes small sites with translations beside their English pages (docs/authoring.md, "Languages"). */
class TranslationBakeTest {

    @TempDir
    Path root;

    private SiteFixture site;

    private void siteWithEvidenceGuide() throws IOException {
        site = new SiteFixture(root);
        site.page("parents/keeping-evidence.md", "guidance", "Keeping evidence", "Take a screenshot.");
        // template words of their own, so the tests do not depend on the shipped translations
        var english = Files.readString(root.resolve("data/messages/en.yaml"));
        site.write("data/messages/pl.yaml", english.replace("nav.parents: \"Parents\"", "nav.parents: \"Rodzice\"")
                .replace("translation.uncheckedLink: \"the English page, which is the one that counts\"",
                        "translation.uncheckedLink: \"stronę angielską, która jest wiążąca\""));
        site.write("data/messages/ur.yaml", english.replace("nav.parents: \"Parents\"", "nav.parents: \"والدین\""));
    }

    /** A translation of an English content file, made from it as it is now unless the header says otherwise. */
    private Path translation(String name, String title, String body, String... header) throws IOException {
        var code = name.substring(name.lastIndexOf('.', name.length() - 4) + 1, name.length() - 3);
        var english = name.replace("." + code + ".md", ".md");
        var hash = Sha256.hex(Files.readAllBytes(root.resolve("content/" + english)));
        var lines = new StringBuilder();
        for (var line : header) {
            lines.append(line).append('\n');
        }
        var defaults = String.join("\n", "translated=2026-12-07", "checkedBy=", "englishHash=" + hash) + "\n";
        return site.write("content/" + name, """
                title=%s
                date=2026-11-27
                type=guidance
                status=published
                summary=%s.
                %s~~~~~~
                %s
                """.formatted(title, title, header.length > 0 ? lines : defaults, body));
    }

    private String baked(String path) throws IOException {
        return Files.readString(root.resolve("out/" + path));
    }

    @Test
    void a_translation_is_published_under_its_language_with_lang_alternates_switcher_and_its_own_words() throws Exception {
        siteWithEvidenceGuide();
        translation("parents/keeping-evidence.pl.md", "Zachowywanie dowodów", "Zrób zrzut ekranu.");

        site.bake();

        var polish = Jsoup.parse(baked("pl/parents/keeping-evidence/index.html"));
        assertThat(polish.selectFirst("html").attr("lang")).isEqualTo("pl");
        assertThat(polish.selectFirst("html").hasAttr("dir")).isFalse();
        assertThat(polish.select("h1").text()).isEqualTo("Zachowywanie dowodów");
        assertThat(polish.select("nav.site-nav a[href=/parents/]").text()).isEqualTo("Rodzice");
        assertThat(polish.select("link[rel=alternate]")).extracting(e -> e.attr("hreflang") + " " + e.attr("href")).containsExactly(
                "en-GB http://localhost:7070/parents/keeping-evidence/", "pl http://localhost:7070/pl/parents/keeping-evidence/",
                "x-default http://localhost:7070/parents/keeping-evidence/");
        assertThat(polish.select("nav.languages a")).extracting(e -> e.attr("lang") + " " + e.attr("href") + " " + e.text()
                + " " + e.attr("aria-current")).containsExactly(
                "en-GB /parents/keeping-evidence/ English ", "pl /pl/parents/keeping-evidence/ Polski page");
        var english = Jsoup.parse(baked("parents/keeping-evidence/index.html"));
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en-GB");
        assertThat(english.select("nav.languages a[aria-current]").text()).isEqualTo("English");
        assertThat(english.select("link[rel=alternate]")).hasSize(3);
        assertThat(english.select(".translation-note")).isEmpty();
        assertThat(baked("sitemap.xml")).contains("<url><loc>http://localhost:7070/pl/parents/keeping-evidence/</loc>",
                "<xhtml:link rel=\"alternate\" hreflang=\"pl\" href=\"http://localhost:7070/pl/parents/keeping-evidence/\"/>",
                "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost:7070/parents/keeping-evidence/\"/>");
        // the English section lists its English pages only; the A to Z list too
        assertThat(baked("parents/index.html")).doesNotContain("/pl/parents/keeping-evidence/");
        assertThat(baked("search/index.html")).doesNotContain("/pl/parents/keeping-evidence/");
        assertThat(baked("search-index.json")).contains("\"url\":\"/pl/parents/keeping-evidence/\"", "\"lang\":\"pl\"");
    }

    @Test
    void a_translation_nobody_has_checked_says_so_at_the_top_in_its_language_linking_to_the_english_page() throws Exception {
        siteWithEvidenceGuide();
        translation("parents/keeping-evidence.pl.md", "Zachowywanie dowodów", "Zrób zrzut ekranu.");
        site.page("parents/talking.md", "guidance", "Talking", "Listen first.");
        translation("parents/talking.pl.md", "Rozmowa", "Najpierw słuchaj.", "translated=2026-12-07",
                "checkedBy=Anna Nowak, teaching assistant",
                "englishHash=" + Sha256.hex(Files.readAllBytes(root.resolve("content/parents/talking.md"))));

        site.bake();

        var unchecked = Jsoup.parse(baked("pl/parents/keeping-evidence/index.html"));
        var note = unchecked.selectFirst("main > .translation-note:first-child");
        assertThat(note).isNotNull();
        assertThat(note.select("a[href=/parents/keeping-evidence/]").text()).isEqualTo("stronę angielską, która jest wiążąca");
        assertThat(Jsoup.parse(baked("pl/parents/talking/index.html")).select(".translation-note")).isEmpty();
    }

    @Test
    void an_urdu_page_is_right_to_left_and_the_switcher_names_urdu_in_urdu() throws Exception {
        siteWithEvidenceGuide();
        translation("parents/keeping-evidence.ur.md", "ثبوت محفوظ رکھنا", "اسکرین شاٹ لیں۔");

        site.bake();

        var urdu = Jsoup.parse(baked("ur/parents/keeping-evidence/index.html"));
        assertThat(urdu.selectFirst("html").attr("lang")).isEqualTo("ur");
        assertThat(urdu.selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(urdu.select("nav.languages a[lang=ur]").attr("dir")).isEqualTo("rtl");
        assertThat(urdu.select("nav.languages a[lang=ur]").text()).isEqualTo("اردو");
        assertThat(urdu.select("nav.site-nav a[href=/parents/]").text()).isEqualTo("والدین");
    }

    @Test
    void a_translation_of_an_english_page_that_has_changed_since_fails_the_bake_naming_both_files() throws Exception {
        siteWithEvidenceGuide();
        translation("parents/keeping-evidence.pl.md", "Zachowywanie dowodów", "Zrób zrzut ekranu.");
        site.page("parents/keeping-evidence.md", "guidance", "Keeping evidence", "Take a screenshot before you block.");

        assertThatThrownBy(site::bake).isInstanceOf(BakeFailedException.class).hasMessageContaining(
                "content/parents/keeping-evidence.pl.md:8: was translated from an older content/parents/keeping-evidence.md: "
                        + "the English page has changed since 2026-12-07");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void a_translation_without_its_english_page_fails_the_bake() throws Exception {
        siteWithEvidenceGuide();
        site.write("content/parents/blocking.pl.md", """
                title=Blokowanie
                date=2026-11-27
                type=guidance
                status=published
                summary=Blokowanie.
                translated=2026-12-07
                englishHash=%s
                ~~~~~~
                Zablokuj ich.
                """.formatted("0".repeat(64)));

        assertThatThrownBy(site::bake).isInstanceOf(BakeFailedException.class).hasMessageContaining(
                "content/parents/blocking.pl.md: is a translation of content/parents/blocking.md, which does not exist");
    }

    @Test
    void a_page_in_a_language_the_site_does_not_have_fails_the_bake() throws Exception {
        siteWithEvidenceGuide();
        site.page("parents/keeping-evidence.cy.md", "guidance", "Cadw tystiolaeth", "Tynnwch lun o'r sgrin.");

        assertThatThrownBy(site::bake).isInstanceOf(BakeFailedException.class).hasMessageContaining(
                "content/parents/keeping-evidence.cy.md: \"cy\" is not a language of data/languages.yaml (en, pl, ro, ur, ar, bn)");
    }

    @Test
    void a_translation_that_does_not_say_when_or_from_what_it_was_translated_fails_the_bake() throws Exception {
        siteWithEvidenceGuide();
        translation("parents/keeping-evidence.pl.md", "Zachowywanie dowodów", "Zrób zrzut ekranu.", "checkedBy=");
        var hash = Sha256.hex(Files.readAllBytes(root.resolve("content/parents/keeping-evidence.md")));

        assertThatThrownBy(site::bake).isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/parents/keeping-evidence.pl.md:7: header has no translated=")
                .hasMessageContaining("content/parents/keeping-evidence.pl.md:7: header has no englishHash= (the SHA-256 of "
                        + "content/parents/keeping-evidence.md that was translated; for the file as it is now: englishHash=" + hash + ")");
    }

    @Test
    void template_words_lacking_a_key_of_english_or_having_one_more_fail_the_bake_naming_the_file() throws Exception {
        siteWithEvidenceGuide();
        var polish = Files.readString(root.resolve("data/messages/pl.yaml"));
        site.write("data/messages/pl.yaml", polish.replace("nav.staff: \"Staff\"\n", "") + "nav.extra: \"Dodatkowe\"\n");

        assertThatThrownBy(site::bake).isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("data/messages/pl.yaml: lacks nav.staff (they are in data/messages/en.yaml)")
                .hasMessageContaining("data/messages/pl.yaml: has nav.extra, which data/messages/en.yaml has not");
    }

    @Test
    void a_help_link_in_a_translation_takes_its_number_from_the_data_file_and_its_links_are_checked() throws Exception {
        siteWithEvidenceGuide();
        translation("parents/keeping-evidence.pl.md", "Zachowywanie dowodów", "Zadzwoń pod [](help:emergency/phone).");

        site.bake();

        assertThat(Jsoup.parse(baked("pl/parents/keeping-evidence/index.html")).select("main .prose a[href=tel:999]").text()).isEqualTo("999");

        translation("parents/keeping-evidence.pl.md", "Zachowywanie dowodów", "Zrób zrzut ekranu.\n\nZobacz [brakującą stronę](/parents/missing/).");
        assertThatThrownBy(site::bake).isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/parents/keeping-evidence.pl.md:12: link to /parents/missing/: no such page");
    }

    @Test
    void a_translation_is_not_held_to_the_english_reading_grade_of_a_pupils_page() throws Exception {
        siteWithEvidenceGuide();
        site.page("pupils/help.md", "page", "Help", "Tell an adult.", "audience=pupils");
        var longWords = "Niezwykle skomplikowane i wielosylabowe wypowiedzi administracyjne, ".repeat(12);
        site.write("content/pupils/help.pl.md", """
                title=Pomoc
                date=2026-11-27
                type=page
                status=published
                summary=Pomoc.
                audience=pupils
                translated=2026-12-07
                englishHash=%s
                ~~~~~~
                %s
                """.formatted(Sha256.hex(Files.readAllBytes(root.resolve("content/pupils/help.md"))), longWords));

        site.bake();

        assertThat(root.resolve("out/pl/pupils/help/index.html")).isRegularFile();
    }
}
