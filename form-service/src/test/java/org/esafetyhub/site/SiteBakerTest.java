package org.esafetyhub.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bakes small real sites with JBake: what comes out, and how a broken site fails. */
class SiteBakerTest {

    @TempDir
    Path root;

    @Test
    void a_page_is_baked_at_a_pretty_url_with_breadcrumbs_and_listed_in_the_sitemap() throws Exception {
        var site = new SiteFixture(root);
        site.page("parents/keeping-evidence.md", "guidance", "Keeping evidence", "Take a screenshot.");

        var summary = site.bake();

        assertThat(summary.pages()).isEqualTo(SiteFixture.STANDARD_PAGES + 1);
        var page = Files.readString(root.resolve("out/parents/keeping-evidence/index.html"));
        assertThat(page).contains("<h1>Keeping evidence</h1>", "<p>Take a screenshot.</p>",
                "<a href=\"/parents/\">For parents and carers</a>", "<span aria-current=\"page\">Keeping evidence</span>");
        assertThat(Files.readString(root.resolve("out/sitemap.xml")))
                .contains("<loc>http://localhost:7070/parents/keeping-evidence/</loc>");
        assertThat(Files.readString(root.resolve("out/parents/index.html")))
                .contains("<a class=\"page-list__link\" href=\"/parents/keeping-evidence/\">Keeping evidence</a>");
    }

    @Test
    void baking_again_shows_an_edited_page_a_new_one_and_forgets_a_deleted_one() throws Exception {
        var site = new SiteFixture(root);
        var evidence = site.page("parents/keeping-evidence.md", "guidance", "Keeping evidence", "Take a screenshot.");
        var blocking = site.page("parents/blocking.md", "guidance", "Blocking", "Block them.");
        try (var baker = site.baker()) {
            SiteFixture.bake(baker);

            Files.writeString(evidence, Files.readString(evidence).replace("Take a screenshot.", "Take a clear screenshot."));
            Files.delete(blocking);
            site.page("parents/muting.md", "guidance", "Muting", "Mute them.");
            var summary = SiteFixture.bake(baker);

            assertThat(summary.pages()).isEqualTo(SiteFixture.STANDARD_PAGES + 2);
            assertThat(Files.readString(root.resolve("out/parents/keeping-evidence/index.html"))).contains("<p>Take a clear screenshot.</p>");
            assertThat(Files.readString(root.resolve("out/search-index.json"))).contains("clear").doesNotContain("/parents/blocking/");
            assertThat(root.resolve("out/parents/blocking")).doesNotExist();
            assertThat(Files.readString(root.resolve("out/parents/index.html")))
                    .contains("href=\"/parents/muting/\"").doesNotContain("href=\"/parents/blocking/\"");
        }
    }

    @Test
    void a_bake_that_fails_leaves_the_last_good_site_in_place() throws Exception {
        var site = new SiteFixture(root);
        var evidence = site.page("parents/keeping-evidence.md", "guidance", "Keeping evidence", "Take a screenshot.");
        try (var baker = site.baker()) {
            SiteFixture.bake(baker);

            Files.writeString(evidence, Files.readString(evidence).replace("Take a screenshot.", "See [the missing page](/parents/missing/)."));
            assertThatThrownBy(() -> SiteFixture.bake(baker)).isInstanceOf(BakeFailedException.class);

            assertThat(Files.readString(root.resolve("out/parents/keeping-evidence/index.html"))).contains("<p>Take a screenshot.</p>");
            assertThat(root.resolve("out/search-index.json")).isRegularFile();
        }
    }

    @Test
    void a_link_to_a_page_that_does_not_exist_fails_the_bake_naming_file_and_line() throws Exception {
        var site = new SiteFixture(root);
        site.page("parents/help.md", "guidance", "Help", "First line.\n\nSee [the missing page](/parents/missing/).");

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/parents/help.md:10: link to /parents/missing/: no such page");
    }

    @Test
    void a_relative_link_to_an_existing_page_and_a_link_to_a_service_page_pass() throws Exception {
        var site = new SiteFixture(root);
        site.page("parents/help.md", "guidance", "Help", "See [evidence](../evidence/) or [report it](/report/).");
        site.page("parents/evidence.md", "guidance", "Evidence", "Keep it.");

        assertThat(site.bake().pages()).isEqualTo(SiteFixture.STANDARD_PAGES + 2);
    }

    @Test
    void a_childline_address_or_number_typed_into_a_page_fails_the_bake_naming_file_line_and_the_link_to_write() throws Exception {
        var site = new SiteFixture(root);
        site.page("parents/help.md", "guidance", "Help", "First line.\n\nVisit [Childline](https://www.childline.org.uk/) or call 0800 1111.");

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/parents/help.md:10: an address at childline.org.uk is typed by hand: write "
                        + "[its name](help:report-remove) or [its name](help:childline)")
                .hasMessageContaining("content/parents/help.md:10: the number 0800 1111 (Childline) is typed by hand: write "
                        + "[](help:childline/phone), which the bake fills in from data/help-services.yaml");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void a_number_typed_into_a_template_fails_the_bake_naming_the_template_and_line() throws Exception {
        var site = new SiteFixture(root);
        var footer = root.resolve("templates/macros/footer.ftl");
        Files.writeString(footer, Files.readString(footer).replace("<@help.phone \"childline\"/>", "<a href=\"tel:08001111\">0800 1111</a>"));
        int line = Files.readAllLines(footer).stream().map(l -> l.contains("08001111")).toList().indexOf(true) + 1;

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("templates/macros/footer.ftl:" + line + ": the number 0800 1111 (Childline) is typed by hand: write "
                        + "<@help.phone \"childline\"/>");
    }

    @Test
    void help_links_take_the_address_and_number_from_the_data_file_and_a_rebake_follows_a_change_to_it() throws Exception {
        var site = new SiteFixture(root);
        site.page("parents/help.md", "guidance", "Help",
                "Talk to [Childline](help:childline) on [](help:childline/phone), or e-mail [](help:nspcc/email).");
        try (var baker = site.baker()) {
            SiteFixture.bake(baker);
            var page = Files.readString(root.resolve("out/parents/help/index.html"));

            assertThat(page).contains("<a href=\"https://www.childline.org.uk/\">Childline</a>",
                    "<a href=\"tel:08001111\">0800 1111</a>", "<a href=\"mailto:help@nspcc.org.uk\">help@nspcc.org.uk</a>")
                    .doesNotContain("help:");

            var data = root.resolve("data/help-services.yaml");
            Files.writeString(data, Files.readString(data).replace("phone: 0800 1111", "phone: 0800 2222"));
            SiteFixture.bake(baker);

            assertThat(Files.readString(root.resolve("out/parents/help/index.html")))
                    .contains("<a href=\"tel:08002222\">0800 2222</a>").doesNotContain("0800 1111");
            assertThat(Files.readString(root.resolve("out/parents/index.html")).replaceAll("\\s+", " "))
                    .contains("call Childline free on <a href=\"tel:08002222\">0800 2222</a>");
        }
    }

    @Test
    void a_wrong_help_services_file_fails_the_bake_naming_it() throws Exception {
        var site = new SiteFixture(root);
        var data = root.resolve("data/help-services.yaml");
        Files.writeString(data, Files.readString(data).replaceFirst("checked: 2026-12-07", "checked: last week"));

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("data/help-services.yaml: services[0] (emergency).checked must be the day its number and "
                        + "addresses were last checked, as yyyy-MM-dd");
    }

    @Test
    void a_help_link_naming_no_service_fails_the_bake_naming_it() throws Exception {
        var site = new SiteFixture(root);
        site.page("parents/help.md", "guidance", "Help", "First line.\n\nTalk to [Childline](help:childlin) or [call 999](help:emergency).");

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/parents/help.md:10: help:childlin: data/help-services.yaml has no service \"childlin\" (its ids: emergency,")
                .hasMessageContaining("content/parents/help.md:10: help:emergency: 999 has no address in data/help-services.yaml");
    }

    @Test
    void a_guide_lists_the_guidance_it_follows_with_the_day_checked_and_an_unknown_source_fails_the_bake() throws Exception {
        var site = new SiteFixture(root);
        var guide = site.write("content/staff-guide/phones.md", """
                title=Phones
                date=2026-11-27
                type=guidance
                status=published
                summary=What staff may do with a phone.
                follows=dfe-searching, ukcis-nudes
                audience=staff
                ~~~~~~
                Ask the DSL.
                """);

        site.bake();
        assertThat(Files.readString(root.resolve("out/staff-guide/phones/index.html"))).contains(
                "<h2 id=\"follows-title\">This guide follows</h2>",
                "<a href=\"https://www.gov.uk/government/publications/searching-screening-and-confiscation\">Searching, screening and "
                        + "confiscation: advice for schools</a>, Department for Education, July 2022, in force from 1 September 2022. "
                        + "Checked on <time datetime=\"2026-12-07\">7 December 2026</time>.",
                "Sharing nudes and semi-nudes");

        Files.writeString(guide, Files.readString(guide).replace("follows=dfe-searching, ukcis-nudes", "follows=dfe-searching, kcsie-2019"));
        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/staff-guide/phones.md:6: follows \"kcsie-2019\": data/guidance-sources.yaml lists no guidance with that id");
    }

    @Test
    void broken_front_matter_fails_the_bake_before_rendering_naming_file_and_line() throws Exception {
        var site = new SiteFixture(root);
        site.write("content/pupils/broken.md", """
                title=Broken
                date=27/11/2026
                type=page
                status published
                ~~~~~~
                Body.
                """);

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/pupils/broken.md:2: date \"27/11/2026\" is not a date in the form yyyy-MM-dd")
                .hasMessageContaining("content/pupils/broken.md:4: header line \"status published\" is not key=value")
                .hasMessageContaining("content/pupils/broken.md:5: header has no summary=");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void a_type_whose_template_is_missing_fails_the_bake_naming_the_template() throws Exception {
        var site = new SiteFixture(root);
        Files.writeString(root.resolve("jbake.properties"), "template.leaflet.file=leaflet.ftl\n",
                java.nio.file.StandardOpenOption.APPEND);
        site.page("lessons/jokes.md", "leaflet", "Jokes that hurt", "Body.");
        site.page("lessons/other.md", "nosuchtype", "Other", "Body.");

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/lessons/jokes.md:3: type \"leaflet\" needs the template templates/leaflet.ftl, which does not exist")
                .hasMessageContaining("content/lessons/other.md:3: type \"nosuchtype\" has no template: add template.nosuchtype.file to jbake.properties");
    }

    @Test
    void an_error_in_a_template_fails_the_bake_naming_the_page_template_and_line() throws Exception {
        var site = new SiteFixture(root);
        Files.writeString(root.resolve("templates/guidance.ftl"), """
                <#ftl output_format="HTML">
                <h1>${content.title}</h1>
                <p>${content.noSuchField}</p>
                """);
        site.page("parents/help.md", "guidance", "Help", "Body.");

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/parents/help.md: could not be rendered")
                .hasMessageContaining("content.noSuchField")
                .hasMessageContaining("\"guidance.ftl\" at line 3");
    }

    /** 11 words, 3 sentences and 32 syllables with the title and summary: grade 20.2 (see ReadingGradeTest for the counts). */
    private static final String HARD = "Unfortunately inappropriate communication frequently escalates unexpectedly.";
    /**
     * With the title and summary: Rules(1) | A(1) page(1) about(2) Rules(1). | Be(1) kind(1) online(2). |
     * Tell(1) a(1) trusted(2) adult(2). — 12 words, 4 sentences, 16 syllables: 0.39 × 12/4 + 11.8 × 16/12 − 15.59 = 1.3133…
     */
    private static final String EASY = "Be kind online. Tell a trusted adult.";

    @Test
    void a_pupils_page_above_its_ceiling_fails_the_bake_naming_the_file_grade_ceiling_and_longest_sentence() throws Exception {
        var site = new SiteFixture(root);
        site.page("pupils/rules.md", "page", "Rules", HARD, "audience=pupils");

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/pupils/rules.md: reads at grade 20.2, over its ceiling of 5 for a pupils' page")
                .hasMessageContaining("its longest sentence has 6 words: \"" + HARD + "\"");
        assertThat(root.resolve("out")).doesNotExist();
    }

    @Test
    void a_page_with_an_age_band_and_no_audience_is_a_pupils_page_anywhere_on_the_site() throws Exception {
        var site = new SiteFixture(root);
        site.page("parents/for-your-child.md", "page", "Rules", HARD, "ageBand=7-11");

        assertThatThrownBy(site::bake).hasMessageContaining("content/parents/for-your-child.md: reads at grade 20.2, over its ceiling of 5");
    }

    @Test
    void reading_ceiling_lowers_a_pupils_pages_ceiling() throws Exception {
        var site = new SiteFixture(root);
        var rules = site.page("pupils/rules.md", "page", "Rules", EASY, "audience=pupils");
        try (var baker = site.baker()) {
            SiteFixture.bake(baker);

            Files.writeString(rules, Files.readString(rules).replace("audience=pupils", "audience=pupils\nreadingCeiling=1"));
            assertThatThrownBy(() -> SiteFixture.bake(baker))
                    .hasMessageContaining("content/pupils/rules.md: reads at grade 1.3, over its ceiling of 1 for a pupils' page");
        }
    }

    @Test
    void reading_ceiling_raises_a_pupils_pages_ceiling_only_with_a_reason() throws Exception {
        var site = new SiteFixture(root);
        var rules = site.page("pupils/rules.md", "page", "Rules", HARD, "audience=pupils", "readingCeiling=21");

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/pupils/rules.md:7: readingCeiling=21 raises this page's ceiling of 5: say why in readingCeilingReason=");
        assertThat(root.resolve("out")).doesNotExist();

        Files.writeString(rules, Files.readString(rules).replace("readingCeiling=21", "readingCeiling=21\n"
                + "readingCeilingReason=Tested with Year 11: the long words are the subject's own"));
        assertThat(site.bake().pages()).isEqualTo(SiteFixture.STANDARD_PAGES + 1);
    }

    @Test
    void every_page_must_say_who_it_is_for_and_audience_must_be_known() throws Exception {
        var site = new SiteFixture(root);
        site.page("pupils/rules.md", "page", "Rules", EASY);
        site.page("lessons/extra.md", "page", "Extra", EASY, "audience=kids");
        site.write("content/parents/help.md", """
                title=Help
                date=2026-11-27
                type=guidance
                status=published
                summary=Help for parents.
                ~~~~~~
                %s
                """.formatted(EASY));

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/pupils/rules.md:6: a page in the pupils' part of the site must say who it is for")
                .hasMessageContaining("content/parents/help.md:6: the header must say who the page is for")
                .hasMessageContaining("content/lessons/extra.md:6: audience \"kids\" must be pupils, parents, staff or everyone");
    }

    @Test
    void a_parents_page_and_a_public_page_above_7_fail_the_bake_and_a_staff_page_has_no_ceiling() throws Exception {
        var site = new SiteFixture(root);
        site.page("parents/help.md", "guidance", "Rules", HARD, "audience=parents");
        site.page("agreements.md", "section", "Rules", HARD, "audience=everyone");
        site.page("staff-guide/help.md", "guidance", "Rules", HARD, "audience=staff");

        assertThatThrownBy(site::bake)
                .isInstanceOf(BakeFailedException.class)
                .hasMessageContaining("content/parents/help.md: reads at grade 20.2, over its ceiling of 7 for a parents' page: "
                        + "write shorter sentences and shorter words (its longest sentence has")
                .hasMessageContaining("content/agreements.md: reads at grade")
                .hasMessageContaining("over its ceiling of 7 for a page for everyone")
                .hasMessageNotContaining("content/staff-guide/help.md");
        assertThat(root.resolve("out")).doesNotExist();

        Files.delete(root.resolve("content/parents/help.md"));
        Files.delete(root.resolve("content/agreements.md"));
        try (var baker = site.baker()) {
            SiteFixture.bake(baker);

            assertThat(baker.readings()).filteredOn(page -> page.file().equals("content/staff-guide/help.md")).singleElement()
                    .satisfies(page -> {
                        assertThat(page.reading().rounded()).isEqualTo(20.2);
                        assertThat(page.ceiling()).isEmpty();
                    });
        }
    }

    @Test
    void the_home_page_is_graded_as_a_page_for_everyone() throws Exception {
        var site = new SiteFixture(root);

        try (var baker = site.baker()) {
            SiteFixture.bake(baker);

            assertThat(baker.readings()).filteredOn(page -> page.file().equals(ReadingCheck.HOME_TEMPLATE)).singleElement()
                    .satisfies(page -> {
                        assertThat(page.url()).isEqualTo("/");
                        assertThat(page.audience()).isEqualTo("everyone");
                        assertThat(page.ceiling()).hasValue(ReadingCeiling.PUBLIC);
                        assertThat(page.fails()).isFalse();
                    });
        }
    }
}
