package org.esafetyhub.activity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a lesson's activities file: what it gives the page, and how each mistake is named. */
class ActivitiesFileTest {

    static final String ACTIVITIES = """
            lesson: jokes
            activities:
              - id: funny-for-everyone
                kind: sort
                title: Funny for everyone?
                with: on your own or with a partner
                intro: Read each message. Is it fine, or could it hurt?
                items:
                  - id: photo
                    text: Jamie posts a photo of Ben falling over. He writes "LOL". Ben did not know.
                    choices:
                      - text: It is fine
                        feedback: Think again. Ben did not know about the photo.
                      - text: It could hurt
                        feedback: Yes. Ben did not say yes to it.
              - id: what-next
                kind: what-would-you-do
                title: What would you do?
                intro: Pick what you would do.
                items:
                  - id: sad
                    text: A friend looks sad after a joke in the group chat.
                    choices:
                      - text: Yes
                        feedback: Good idea. Asking shows you care.
                      - text: No
                        feedback: Not the best choice. They may need a friend.
            ifItHappens:
              - Do not reply.
              - Keep the message. Ask an adult to help you save it.
              - Tell an adult you trust.
            """;

    @TempDir
    Path root;
    Path lessons;

    @BeforeEach
    void aLessonPage() throws Exception {
        lessons = Files.createDirectories(root.resolve("content/lessons"));
        Files.writeString(lessons.resolve("jokes.md"), "title=Jokes\ndate=2026-12-07\ntype=lesson\nstatus=published\nsummary=Jokes.\n~~~~~~\nBody.\n");
    }

    private LessonActivities load(String yaml) throws Exception {
        var file = Files.writeString(lessons.resolve("jokes.activities.yaml"), yaml);
        return ActivitiesFile.load(file, "content/lessons/jokes.activities.yaml", lesson -> "/lessons/" + lesson + "/");
    }

    @Test
    void the_activities_file_parses_with_each_kind_labelled_for_the_page_and_answers_like_yes_kept_as_words() throws Exception {
        var read = load(ACTIVITIES);

        assertThat(read.lessonUrl()).isEqualTo("/lessons/jokes/");
        assertThat(read.activities()).extracting(LessonActivities.Activity::kindLabel).containsExactly("Sort it", "What would you do?");
        assertThat(read.activities().get(0).with()).isEqualTo("on your own or with a partner");
        assertThat(read.activities().get(1).with()).isNull();
        assertThat(read.activities().get(1).items().get(0).choices()).extracting(LessonActivities.Choice::text).containsExactly("Yes", "No");
        assertThat(read.ifItHappens()).hasSize(3).startsWith("Do not reply.");
    }

    @Test
    void every_mistake_is_reported_together_each_with_file_line_and_place() {
        var broken = ACTIVITIES
                .replace("    title: Funny for everyone?\n", "    title: Funny for everyone?\n    colour: red\n")
                .replace("\n            feedback: Yes. Ben did not say yes to it.", "")
                .replace("\n          - text: No\n            feedback: Not the best choice. They may need a friend.", "")
                .replace("id: photo", "id: Photo_1")
                .replace("kind: sort", "kind: sorting");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(InvalidActivitiesException.class)
                .satisfies(e -> assertThat(((InvalidActivitiesException) e).problems()).containsExactly(
                        "content/lessons/jokes.activities.yaml:4: activity 1 (funny-for-everyone): kind \"sorting\" must be sort, choose or what-would-you-do",
                        "content/lessons/jokes.activities.yaml:6: activity 1 (funny-for-everyone): unknown key \"colour\" (the keys here are id, intro, items, kind, title, with (optional))",
                        "content/lessons/jokes.activities.yaml:10: activity 1 (funny-for-everyone), item 1 (Photo_1): id \"Photo_1\" may hold only lower-case letters, digits and hyphens",
                        "content/lessons/jokes.activities.yaml:15: activity 1 (funny-for-everyone), item 1 (Photo_1), choice 2: \"feedback\" is missing",
                        "content/lessons/jokes.activities.yaml:24: activity 2 (what-next), item 1 (sad): there must be 2 to 4 choices; there is 1"));
    }

    @Test
    void a_lesson_whose_page_is_not_beside_the_file_is_reported() {
        assertThatThrownBy(() -> {
            Files.delete(lessons.resolve("jokes.md"));
            load(ACTIVITIES);
        }).isInstanceOf(InvalidActivitiesException.class)
                .hasMessage("content/lessons/jokes.activities.yaml:1: lesson \"jokes\" has no page jokes.md beside this file");
    }

    @Test
    void a_lesson_that_is_not_the_file_s_own_or_not_a_lesson_page_is_reported() throws Exception {
        assertThatThrownBy(() -> load(ACTIVITIES.replace("lesson: jokes", "lesson: getting-help")))
                .hasMessage("content/lessons/jokes.activities.yaml:1: lesson is \"getting-help\" but the file is named for \"jokes\": name it getting-help.activities.yaml");

        Files.writeString(lessons.resolve("jokes.md"), Files.readString(lessons.resolve("jokes.md")).replace("type=lesson", "type=plan"));
        assertThatThrownBy(() -> load(ACTIVITIES))
                .hasMessage("content/lessons/jokes.activities.yaml:1: lesson \"jokes\": jokes.md is type=plan, and activities show only on a page of type=lesson");
    }

    @Test
    void counts_outside_the_schema_repeated_ids_and_missing_keys_are_reported() {
        var broken = ACTIVITIES
                .replace("id: what-next", "id: funny-for-everyone")
                .replace("  - Tell an adult you trust.\n", "")
                .replace("lesson: jokes\n", "");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(InvalidActivitiesException.class)
                .satisfies(e -> assertThat(((InvalidActivitiesException) e).problems()).containsExactly(
                        "content/lessons/jokes.activities.yaml:1: \"lesson\" is missing",
                        "content/lessons/jokes.activities.yaml:15: activity 2 (funny-for-everyone): id \"funny-for-everyone\" is used by another activity of this file too",
                        "content/lessons/jokes.activities.yaml:28: there must be 3 to 5 steps in ifItHappens; there are 2"));
    }

    @Test
    void a_list_left_empty_is_counted_as_none() {
        var broken = ACTIVITIES.replaceFirst("ifItHappens:\n(  - .*\n)+", "ifItHappens:\n");

        assertThatThrownBy(() -> load(broken))
                .hasMessage("content/lessons/jokes.activities.yaml:28: there must be 3 to 5 steps in ifItHappens; there are 0");
    }

    @Test
    void html_markdown_an_address_or_an_empty_text_is_refused() {
        var broken = ACTIVITIES
                .replace("intro: Read each message. Is it fine, or could it hurt?", "intro: Read <em>each</em> message.")
                .replace("title: What would you do?", "title: \"**What** would you do?\"")
                .replace("  - Do not reply.", "  - Go to www.example.org for help.")
                .replace("feedback: Think again. Ben did not know about the photo.", "feedback:");

        assertThatThrownBy(() -> load(broken))
                .isInstanceOf(InvalidActivitiesException.class)
                .hasMessageContaining(":7: activity 1 (funny-for-everyone): intro holds HTML: write plain text")
                .hasMessageContaining(":13: activity 1 (funny-for-everyone), item 1 (photo), choice 1: feedback is empty")
                .hasMessageContaining(":18: activity 2 (what-next): title holds Markdown: write plain text")
                .hasMessageContaining(":29: ifItHappens: a step holds a web address: the page adds the report form and Childline itself");
    }

    @Test
    void text_that_is_not_yaml_is_reported_with_its_line() {
        assertThatThrownBy(() -> load("lesson: jokes\nactivities: [\n"))
                .isInstanceOf(InvalidActivitiesException.class)
                .hasMessageStartingWith("content/lessons/jokes.activities.yaml:3: this is not valid YAML");
    }

    @Test
    void the_book_reports_every_file_s_problems_together_and_keys_the_pages_model_by_lesson_address() throws Exception {
        Files.writeString(lessons.resolve("jokes.activities.yaml"), ACTIVITIES);
        assertThat(ActivityBook.load(root.resolve("content")).templateModel()).containsOnlyKeys("/lessons/jokes/")
                .extractingByKey("/lessons/jokes/").satisfies(lesson ->
                        assertThat(((Map<?, ?>) lesson).get("ifItHappens")).isEqualTo(List.of(
                                "Do not reply.", "Keep the message. Ask an adult to help you save it.", "Tell an adult you trust.")));

        Files.writeString(lessons.resolve("help.md"), "title=Help\ndate=2026-12-07\ntype=lesson\nstatus=published\nsummary=Help.\n~~~~~~\nBody.\n");
        Files.writeString(lessons.resolve("help.activities.yaml"), ACTIVITIES.replace("lesson: jokes", "lesson: help").replace("kind: sort", "kind: match"));
        Files.writeString(lessons.resolve("jokes.activities.yaml"), ACTIVITIES.replace("with: on", "who: on"));

        assertThatThrownBy(() -> ActivityBook.load(root.resolve("content")))
                .isInstanceOf(InvalidActivitiesException.class)
                .satisfies(e -> assertThat(((InvalidActivitiesException) e).problems()).containsExactly(
                        "content/lessons/help.activities.yaml:4: activity 1 (funny-for-everyone): kind \"match\" must be sort, choose or what-would-you-do",
                        "content/lessons/jokes.activities.yaml:6: activity 1 (funny-for-everyone): unknown key \"who\" (the keys here are id, intro, items, kind, title, with (optional))"));
    }
}
