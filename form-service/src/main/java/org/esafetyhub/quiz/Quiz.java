package org.esafetyhub.quiz;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Optional;

/**
 * A lesson's quiz as its author wrote it, answer key included. Only the service sees this; pages
 * and the public API get {@link #withoutAnswers()}. {@code version} is derived from the content.
 */
public record Quiz(String id, String title, String lesson, String version, List<Question> questions) {

    public enum Type {
        @JsonProperty("single") SINGLE,
        @JsonProperty("multiple") MULTIPLE,
        @JsonProperty("truefalse") TRUEFALSE
    }

    public record Question(String id, Type type, String strand, String text, String explanation, List<Option> options) {

        Optional<Option> option(String optionId) {
            return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        }
    }

    public record Option(String id, String text, boolean correct, String feedback, String misconception) {
    }

    /** Where the lesson this quiz ends is published. */
    public String lessonUrl() {
        return "/lessons/" + lesson + "/";
    }

    /** Where the quiz's form posts its answers (the service's {@code /quiz/{id}/}). */
    public String formUrl() {
        return "/quiz/" + id + "/";
    }

    Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /**
     * What a pupil may see before answering: no correct flags, feedback, explanations or misconceptions,
     * and the options in their {@link OptionOrder baked order}, not the file's.
     */
    public PublicQuiz withoutAnswers() {
        var shown = OptionOrder.of(this);
        return new PublicQuiz(id, title, version, lessonUrl(), formUrl(), questions.stream()
                .map(q -> new PublicQuiz.Question(q.id(), q.type().name().toLowerCase(), q.text(),
                        shown.get(q.id()).stream().map(o -> new PublicQuiz.Option(o.id(), o.text())).toList()))
                .toList());
    }

    public record PublicQuiz(String id, String title, String version, String lessonUrl, String formUrl, List<Question> questions) {
        public record Question(String id, String type, String text, List<Option> options) {
        }

        public record Option(String id, String text) {
        }
    }
}
