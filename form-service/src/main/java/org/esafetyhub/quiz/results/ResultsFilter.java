package org.esafetyhub.quiz.results;

import io.javalin.http.Context;
import org.esafetyhub.quiz.QuizResults;
import org.esafetyhub.trust.Trust;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The filters of the results pages as typed (kept to show again), with a message for each one that
 * cannot be used. The academy filter is only the officer's: everyone else sees their own academy.
 */
record ResultsFilter(Map<String, String> typed, Map<String, String> errors, QuizResults.Filter filter, String academy) {

    static final String[] FIELDS = {"academy", "classCode", "stage", "from", "to"};

    static ResultsFilter read(Context ctx, Trust trust, boolean mayChooseAcademy) {
        var typed = new LinkedHashMap<String, String>();
        for (var field : FIELDS) {
            var value = ctx.queryParam(field);
            typed.put(field, value == null ? "" : value.strip());
        }
        if (!mayChooseAcademy) {
            typed.put("academy", "");
        }
        var errors = new LinkedHashMap<String, String>();
        var academy = typed.get("academy");
        if (!academy.isEmpty() && trust.academy(academy).isEmpty()) {
            errors.put("academy", "Choose an academy from the list");
        }
        var classCode = typed.get("classCode").toUpperCase(Locale.ROOT).replace(' ', '-');
        if (classCode.length() > 12) {
            errors.put("classCode", "A class code has at most 12 characters, such as 7B-2Q9K");
        }
        var stage = typed.get("stage");
        if (!stage.isEmpty() && !stage.equals("before") && !stage.equals("after")) {
            errors.put("stage", "Choose all attempts, before the lesson or after it");
        }
        var from = date(typed.get("from"), "from", errors);
        var to = date(typed.get("to"), "to", errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.put("to", "The last day must be on or after the first day");
        }
        var filter = new QuizResults.Filter(classCode.isEmpty() ? null : classCode, stage.isEmpty() ? null : stage, from, to);
        return new ResultsFilter(typed, errors, filter, academy.isEmpty() ? null : academy);
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the date as year-month-day, for example 2026-11-27");
            return null;
        }
    }

    /** The filters as a query string, to carry them into the version links and the CSV downloads. */
    String query() {
        return typed.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
