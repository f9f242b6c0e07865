package org.esafetyhub.training;

import org.esafetyhub.quiz.InvalidQuizException;
import org.esafetyhub.quiz.Quiz;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.quiz.QuizFileTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingCourseTest {

    private static final Path CONTENT = Path.of(System.getProperty("hub.root", "..")).resolve("content");
    private static final String PAGE = """
            title=%s
            date=2026-11-27
            type=guidance
            status=published
            summary=A page of the course.
            order=%d
            ~~~~~~
            %s
            """;

    @TempDir
    Path content;

    private Path course(String quiz) throws Exception {
        var folder = Files.createDirectories(content.resolve("staff-guide"));
        Files.writeString(folder.resolve("signs.md"), PAGE.formatted("Signs", 2, "Look for changes."));
        Files.writeString(folder.resolve("jokes.md"), PAGE.formatted("Jokes", 1, "Jokes can hurt."));
        return Files.writeString(folder.resolve("course" + TrainingCourse.SUFFIX), quiz);
    }

    @Test
    void the_shipped_course_has_its_five_pages_in_order_and_is_not_one_of_the_pupils_quizzes() {
        var bank = QuizBank.load(CONTENT);
        var course = TrainingCourse.loadFrom(CONTENT).orElseThrow();

        assertThat(course.pages()).extracting(TrainingCourse.Page::url).containsExactly("/staff-guide/recognising-signs/",
                "/staff-guide/responding-to-a-report/", "/staff-guide/legal-limits/", "/staff-guide/when-to-contact-ceop/",
                "/staff-guide/supporting-the-person-harmed/");
        assertThat(course.questionIds()).hasSize(9);
        assertThat(bank.quiz("staff-training")).isEmpty();
        assertThat(bank.quizzes()).extracting(Quiz::id).doesNotContain("staff-training");
    }

    @Test
    void the_version_changes_with_a_page_or_a_question_but_not_with_a_comment() throws Exception {
        var quiz = course(QuizFileTest.QUIZ);
        var first = TrainingCourse.loadFrom(content).orElseThrow();

        Files.writeString(quiz, "# a comment\n" + QuizFileTest.QUIZ);
        var commented = TrainingCourse.loadFrom(content).orElseThrow().version();
        Files.writeString(content.resolve("staff-guide/signs.md"), PAGE.formatted("Signs", 2, "Look for changes in mood."));
        var pageEdited = TrainingCourse.loadFrom(content).orElseThrow().version();
        Files.writeString(quiz, QuizFileTest.QUIZ.replace("Is a joke that hurts still hurtful?", "Can a joke hurt?"));
        var questionEdited = TrainingCourse.loadFrom(content).orElseThrow().version();

        assertThat(first.pages()).extracting(TrainingCourse.Page::title).containsExactly("Jokes", "Signs");
        assertThat(commented).isEqualTo(first.version());
        assertThat(pageEdited).isNotEqualTo(first.version());
        assertThat(questionEdited).isNotIn(first.version(), pageEdited);
    }

    @Test
    void a_training_quiz_is_checked_like_a_lesson_quiz() throws Exception {
        course(QuizFileTest.QUIZ.replace("feedback: Right.", "feedback: \"\""));

        assertThatThrownBy(() -> TrainingCourse.loadFrom(content)).isInstanceOf(InvalidQuizException.class)
                .hasMessageContaining("course.training.yaml: question q1: option a has empty feedback");
    }

    @Test
    void marking_uses_the_lesson_quizzes_rules() throws Exception {
        course(QuizFileTest.QUIZ);
        var course = TrainingCourse.loadFrom(content).orElseThrow();

        var unanswered = course.problems(java.util.Map.of("q1", java.util.Set.of("a")));
        var marked = course.mark(java.util.Map.of("q1", java.util.Set.of("a"), "q2", java.util.Set.of("a")));

        assertThat(unanswered).containsOnlyKeys("q2");
        assertThat(marked.max()).isEqualTo(2);
        assertThat(marked.score()).isEqualTo(1);
    }
}
