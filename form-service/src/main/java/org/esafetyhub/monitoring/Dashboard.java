package org.esafetyhub.monitoring;

import java.util.List;

/**
 * The monitoring dashboard of policy 3.1, for one academy or the whole trust: reports per month by category and by
 * urgency, open cases by age, median times to first action and to closure, and quiz attempts by lesson.
 *
 * @param suppressed whether small counts are hidden (everyone but the academy's own DSL and Principal)
 */
public record Dashboard(Period period, boolean suppressed, CountTable categories, CountTable urgency, CountTable openCases,
                       List<Median> medians, CountTable lessons, List<LessonMeans> means,
                       BarChart monthChart, BarChart categoryChart, BarChart ageChart) {

    /** The open-case age bands: under 7 days, 7 days up to 28, 28 days or more since the report came in. */
    public static final List<String> AGE_BANDS = List.of("Under 1 week", "1 to 4 weeks", "4 weeks or more");

    /** @param cases how many cases the median is taken over, as shown; {@code time} the median or why there is none */
    public record Median(String label, String cases, String time) {
    }

    /** The mean score of a lesson's quiz, as a percentage of full marks, before and after the lesson. */
    public record LessonMeans(String lesson, String before, String after) {
    }
}
