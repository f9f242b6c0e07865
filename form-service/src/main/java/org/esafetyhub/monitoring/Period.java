package org.esafetyhub.monitoring;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The months the dashboard counts, first and last included (UTC, as the stored minutes are). */
public record Period(YearMonth from, YearMonth to) {

    public static final int MOST_MONTHS = 36;

    /** What was typed in the period fields, the period it gives, and a message for each field that cannot be used. */
    public record Typed(String from, String to, Period period, Map<String, String> errors) {
    }

    /** The twelve months up to and including this one. */
    public static Period lastYear(YearMonth thisMonth) {
        return new Period(thisMonth.minusMonths(11), thisMonth);
    }

    /** Empty fields take the last twelve months' ends; a period that cannot be used falls back to the last twelve months. */
    public static Typed read(String from, String to, YearMonth thisMonth) {
        var typedFrom = from == null ? "" : from.strip();
        var typedTo = to == null ? "" : to.strip();
        var errors = new LinkedHashMap<String, String>();
        var fallback = lastYear(thisMonth);
        var first = month(typedFrom, fallback.from(), "from", errors);
        var last = month(typedTo, fallback.to(), "to", errors);
        if (errors.isEmpty() && first.isAfter(last)) {
            errors.put("to", "The last month must be the same as the first month or after it");
        } else if (errors.isEmpty() && first.plusMonths(MOST_MONTHS - 1).isBefore(last)) {
            errors.put("to", "Choose at most " + MOST_MONTHS + " months");
        }
        return new Typed(typedFrom, typedTo, errors.isEmpty() ? new Period(first, last) : fallback, Map.copyOf(errors));
    }

    private static YearMonth month(String typed, YearMonth empty, String field, Map<String, String> errors) {
        if (typed.isEmpty()) {
            return empty;
        }
        try {
            return YearMonth.parse(typed);
        } catch (DateTimeParseException e) {
            errors.put(field, "Enter the month as year-month, for example 2026-03");
            return empty;
        }
    }

    public List<String> months() {
        var months = new ArrayList<String>();
        for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    /** The first stored minute (or hour) string of the period. */
    String start() {
        return from.toString();
    }

    /** The first stored minute (or hour) string after the period: stored times sort as text. */
    String end() {
        return to.plusMonths(1).toString();
    }
}
