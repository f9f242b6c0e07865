package org.esafetyhub.site;

import org.esafetyhub.activity.ActivityBook;
import org.esafetyhub.help.HelpServicesFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A lesson page baked with its activities file: what the pupil's page holds, and what it gives away (nothing). */
class LessonPageActivitiesTest {

    @TempDir
    Path root;

    @Test
    void each_activity_is_a_section_of_radio_groups_with_each_feedback_beside_its_own_choice_and_no_answer_marked() throws Exception {
        var page = bakedLesson();

        var activities = page.select("main section.activity");
        assertThat(activities).hasSize(2);
        var first = activities.get(0);
        assertThat(first.selectFirst("h2").text()).isEqualTo("Sort it: Funny for everyone?");
        assertThat(first.selectFirst(".activity__with").text()).isEqualTo("Do this on your own or with a partner.");
        assertThat(first.selectFirst(".activity__intro").text()).isEqualTo("Is it fine, or could it hurt?");
        assertThat(activities.get(1).selectFirst("h2").text()).isEqualTo("What would you do? A friend is sad");
        assertThat(activities.get(1).select(".activity__with")).isEmpty();

        var item = first.selectFirst("fieldset");
        assertThat(item.selectFirst("legend").text()).isEqualTo("Jamie posts a photo of Ben falling over.");
        var choices = item.select(".activity-choice");
        assertThat(choices).hasSize(2);
        for (Element choice : choices) {
            var radio = choice.selectFirst("input[type=radio]");
            assertThat(choice.selectFirst("label").attr("for")).isEqualTo(radio.id());
            assertThat(choice.select(".activity-choice__input ~ .activity-choice__feedback")).hasSize(1);
            assertThat(radio.hasAttr("checked")).isFalse();
        }
        assertThat(choices.get(1).selectFirst(".activity-choice__feedback").text()).isEqualTo("Yes. Ben did not say yes to it.");
        // the markup says nothing of which choice is best: values are positions, no data-, no class beyond the shared ones
        assertThat(item.select("input").eachAttr("value")).containsExactly("1", "2");
        assertThat(item.select("*").stream().flatMap(e -> e.attributes().asList().stream()).map(a -> a.getKey()))
                .allSatisfy(key -> assertThat(key).isIn("class", "id", "type", "name", "value", "for"));
        assertThat(item.select("[class]").eachAttr("class")).allSatisfy(c -> assertThat(c).startsWith("activity-"))
                .noneSatisfy(c -> assertThat(c).containsAnyOf("correct", "right", "wrong"));
        // no form: choosing sends nothing anywhere
        assertThat(first.parents()).noneMatch(parent -> parent.tagName().equals("form"));
        assertThat(page.select("form .activity-choice")).isEmpty();
    }

    @Test
    void the_what_to_do_box_lists_the_steps_in_order_then_the_report_form_and_childline_from_the_help_services_data() throws Exception {
        var page = bakedLesson();
        var childline = HelpServicesFile.loadPackaged().services().stream().filter(s -> s.name().equals("Childline")).findFirst().orElseThrow();

        var box = page.selectFirst("main section.if-it-happens");

        assertThat(box.selectFirst("h2").text()).isEqualTo("What to do if it happens to you");
        assertThat(box.select("ol > li").eachText()).containsExactly("Do not reply.", "Keep it.", "Tell an adult you trust.");
        assertThat(box.select("a").eachAttr("href")).containsExactly("/report/", "tel:" + childline.phone().replace(" ", ""), childline.url());
        assertThat(box.text()).contains("call " + childline.phone());
        // after the activities, before the quiz
        assertThat(page.selectFirst("main").children().stream().map(e -> e.className()).toList())
                .containsSubsequence("prose", "activity", "activity", "if-it-happens");
        assertThat(Files.readString(SiteFixture.PROJECT.resolve("templates/macros/activity.ftl"))).doesNotContain(childline.phone());
    }

    @Test
    void a_lesson_without_an_activities_file_has_neither_activities_nor_the_box() throws Exception {
        var site = new SiteFixture(root);
        lessonPage(site, "other");

        try (var baker = site.baker()) {
            baker.bake(SiteFixture.trust(), Map.of("quizzes", Map.of()), Set.of("/report/"));
        }
        var page = Jsoup.parse(Files.readString(root.resolve("out/lessons/other/index.html")));

        assertThat(page.select(".activity, .if-it-happens")).isEmpty();
    }

    private org.jsoup.nodes.Document bakedLesson() throws Exception {
        var site = new SiteFixture(root);
        lessonPage(site, "jokes");
        site.write("content/lessons/jokes.activities.yaml", """
                lesson: jokes
                activities:
                  - id: funny
                    kind: sort
                    title: Funny for everyone?
                    with: On your own or with a partner.
                    intro: Is it fine, or could it hurt?
                    items:
                      - id: photo
                        text: Jamie posts a photo of Ben falling over.
                        choices:
                          - text: It is fine
                            feedback: Think again. Ben did not know.
                          - text: It could hurt
                            feedback: Yes. Ben did not say yes to it.
                  - id: sad-friend
                    kind: what-would-you-do
                    title: A friend is sad
                    intro: Pick what you would do.
                    items:
                      - id: ask
                        text: Your friend looks sad after a joke.
                        choices:
                          - text: Ask if they are OK
                            feedback: Good idea. It shows you care.
                          - text: Laugh too
                            feedback: Not the best choice. It can make it worse.
                ifItHappens:
                  - Do not reply.
                  - Keep it.
                  - Tell an adult you trust.
                """);
        try (var baker = site.baker()) {
            baker.bake(SiteFixture.trust(), Map.of(
                    "quizzes", Map.of(),
                    "activities", ActivityBook.load(root.resolve("content")).templateModel(),
                    "helpServices", HelpServicesFile.asTemplateModel(HelpServicesFile.loadPackaged())), Set.of("/report/"));
        }
        return Jsoup.parse(Files.readString(root.resolve("out/lessons/jokes/index.html")));
    }

    private static void lessonPage(SiteFixture site, String name) throws Exception {
        site.page("teaching.md", "section", "Teaching", "Plans.");
        site.write("content/lessons/" + name + ".md", """
                title=Jokes that hurt
                date=2026-12-07
                type=lesson
                status=published
                summary=Why a joke online can hurt.
                ageBand=7-11
                duration=20
                ~~~~~~
                Ruby sends a joke.
                """);
        site.write("content/teaching/" + name + ".md", """
                title=Jokes that hurt: plan
                date=2026-12-07
                type=plan
                status=published
                summary=The plan.
                ageBand=7-11
                duration=50
                strand=Online relationships
                ~~~~~~
                The plan.
                """);
    }
}
