package org.esafetyhub.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A quiz version kept in the database as JSON, answer key included (only staff pages read it back). */
final class QuizVersions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuizVersions() {
    }

    static String toJson(Quiz quiz) {
        try {
            return JSON.writeValueAsString(quiz);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Quiz fromJson(String json) {
        try {
            return JSON.readValue(json, Quiz.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept quiz version cannot be read", e);
        }
    }
}
