package org.esafetyhub.training;

import org.esafetyhub.quiz.QuizBank;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The staff training course of the content the service's quizzes were read from, read again whenever they are
 * (preview re-reads them after each good re-bake), so that the course and the quizzes are always of one bake.
 */
public final class CourseOfContent implements Supplier<Optional<TrainingCourse>> {

    private final Supplier<QuizBank> quizzes;
    private QuizBank readWith;
    private Optional<TrainingCourse> course = Optional.empty();

    public CourseOfContent(Supplier<QuizBank> quizzes) {
        this.quizzes = quizzes;
    }

    @Override
    public synchronized Optional<TrainingCourse> get() {
        var bank = quizzes.get();
        if (bank != readWith) {
            course = TrainingCourse.loadFrom(bank.contentFolder());
            readWith = bank;
        }
        return course;
    }
}
