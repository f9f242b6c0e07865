package org.esafetyhub.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the shipped content promises the trust: a full lesson series, the parents' guidance, both codes of conduct. */
class ShippedContentTest {

    private static final Path CONTENT = SiteFixture.PROJECT.resolve("content");
    private static final List<String> LESSON_HEADINGS = List.of("## Learning objectives", "## Key words", "## Starter",
            "## Main activities", "## Discussion questions", "## Plenary", "## Teacher notes", "### Safeguarding note");

    private static List<SourcePage> pagesOfType(String type) {
        return SourcePage.under(CONTENT).stream()
                .filter(page -> header(page).get("type").map(FrontMatter.Entry::value).filter(type::equals).isPresent())
                .toList();
    }

    private static FrontMatter header(SourcePage page) {
        return FrontMatter.parse(page.relativeName(), ContentCheck.read(page.file()));
    }

    @Test
    void there_are_at_least_three_lessons_in_each_age_band_each_with_a_teachers_plan_holding_every_part_of_a_lesson_plan() throws IOException {
        var lessons = pagesOfType("lesson");
        var plans = pagesOfType("plan");
        var bands = lessons.stream().collect(Collectors.groupingBy(
                page -> header(page).get("ageBand").orElseThrow().value(), Collectors.counting()));

        assertThat(bands).containsOnlyKeys("7-11", "11-14", "14-16").allSatisfy((band, count) -> assertThat(count).isGreaterThanOrEqualTo(3));
        assertThat(plans.stream().map(plan -> plan.url().replace("/teaching/", "/lessons/")))
                .containsExactlyInAnyOrderElementsOf(lessons.stream().map(SourcePage::url).toList());
        for (var plan : plans) {
            var text = Files.readString(plan.file());
            assertThat(text).as(plan.relativeName()).contains(LESSON_HEADINGS);
            assertThat(header(plan).get("strand")).as(plan.relativeName()).isPresent();
        }
    }

    @Test
    void every_lesson_has_a_quiz_beside_it_with_five_to_ten_questions() throws IOException {
        var yaml = new ObjectMapper(new YAMLFactory());
        for (var lesson : pagesOfType("lesson")) {
            var name = lesson.file().getFileName().toString().replace(".md", ".quiz.yaml");
            var quiz = lesson.file().resolveSibling(name);

            assertThat(quiz).as("quiz of %s", lesson.relativeName()).isRegularFile();
            List<?> questions = (List<?>) yaml.readValue(quiz.toFile(), Map.class).get("questions");
            assertThat(questions).as(name).hasSizeBetween(5, 10);
        }
    }

    @Test
    void parents_have_at_least_eight_guidance_pages_and_pupils_both_codes_of_conduct() {
        var parentsGuidance = pagesOfType("guidance").stream().filter(p -> p.url().startsWith("/parents/")).toList();
        var codes = pagesOfType("code").stream().map(p -> header(p).get("ageBand").orElseThrow().value()).toList();

        assertThat(parentsGuidance).hasSizeGreaterThanOrEqualTo(8);
        assertThat(codes).containsExactlyInAnyOrder("7-11", "11-16");
        assertThat(pagesOfType("code")).allSatisfy(code -> assertThat(header(code).get("version")).isPresent());
    }
}
