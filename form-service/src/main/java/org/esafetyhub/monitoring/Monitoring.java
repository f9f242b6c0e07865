package org.esafetyhub.monitoring;

import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.report.ReportChoices;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds the dashboard from the database on every call: nothing is cached, so every node shows the same. */
public final class Monitoring {

    private final Jdbi jdbi;
    private final Map<String, String> academyNames;
    private final Function<String, String> lessonTitle;

    /** @param academyNames slug to name, in the trust file's order; @param lessonTitle a quiz's id to its lesson's title */
    public Monitoring(Jdbi jdbi, Map<String, String> academyNames, Function<String, String> lessonTitle) {
        this.jdbi = jdbi;
        this.academyNames = academyNames;
        this.lessonTitle = lessonTitle;
    }

    /** @param suppress hide small counts (everyone but the academy's own DSL and Principal); @param now for the open cases' ages */
    public Dashboard dashboard(AcademyScope scope, Period period, boolean suppress, Instant now) {
        var window = new MonitoringStore.Window(scope.everyAcademy(), scope.academy(), period.start(), period.end());
        var store = jdbi.onDemand(MonitoringStore.class);
        var months = period.months();
        var categoryKeys = new ArrayList<>(ReportChoices.CATEGORIES.keySet());
        var byCategory = new long[categoryKeys.size()][months.size()];
        store.byCategory(window).stream().filter(row -> categoryKeys.contains(row.category())).forEach(row -> byCategory[categoryKeys.indexOf(row.category())][months.indexOf(row.month())] += row.reports());
        var categories = CountTable.of(new ArrayList<>(ReportChoices.CATEGORIES.values()), months, byCategory, suppress);
        var byUrgency = new long[2][months.size()];
        store.byUrgency(window).forEach(row -> byUrgency[row.urgent() ? 0 : 1][months.indexOf(row.month())] += row.reports());
        var urgency = CountTable.of(List.of("Urgent", "Not urgent"), months, byUrgency, suppress);
        var openCases = openCases(scope, store.open(window), now, suppress);
        var received = store.received(window);
        var medians = List.of(
                Medians.of("From report to first action", received.stream().filter(c -> c.triagedMinute() != null)
                        .map(c -> Medians.minutesBetween(c.receivedMinute(), c.triagedMinute())).toList(), suppress),
                Medians.of("From report to closure", received.stream().filter(c -> c.closedMinute() != null)
                        .map(c -> Medians.minutesBetween(c.receivedMinute(), c.closedMinute())).toList(), suppress));
        var quizzes = store.quizzes(window);
        var lessons = lessons(quizzes, suppress);
        return new Dashboard(period, suppress, categories, urgency, openCases, medians, lessons, means(lessons, quizzes),
                BarChart.ofTotals(urgency), BarChart.of(categories, months.size()), BarChart.ofTotals(openCases));
    }

    private CountTable openCases(AcademyScope scope, List<MonitoringStore.CaseTimes> open, Instant now, boolean suppress) {
        var slugs = new ArrayList<>(scope.academiesOf(academyNames.keySet()));
        open.stream().map(MonitoringStore.CaseTimes::academySlug).distinct().filter(s -> !slugs.contains(s)).forEach(slugs::add);
        var counts = new long[slugs.size()][Dashboard.AGE_BANDS.size()];
        var today = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        for (var c : open) {
            long days = java.time.Duration.between(LocalDateTime.parse(c.receivedMinute()), today).toDays();
            counts[slugs.indexOf(c.academySlug())][days < 7 ? 0 : days < 28 ? 1 : 2]++;
        }
        return CountTable.of(slugs.stream().map(s -> academyNames.getOrDefault(s, s)).toList(), Dashboard.AGE_BANDS, counts, suppress);
    }

    /** Attempts by lesson (rows, ordered by title) before and after it. */
    private CountTable lessons(List<MonitoringStore.QuizCount> quizzes, boolean suppress) {
        var titles = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
        quizzes.forEach(q -> titles.put(lessonTitle.apply(q.quizId()), q.quizId()));
        var ids = new ArrayList<>(titles.values());
        var counts = new long[ids.size()][2];
        quizzes.forEach(q -> counts[ids.indexOf(q.quizId())]["before".equals(q.stage()) ? 0 : 1] += q.attempts());
        return CountTable.of(new ArrayList<>(titles.keySet()), List.of("Before the lesson", "After the lesson"), counts, suppress);
    }

    /** The mean score where its count is shown: a mean over a hidden count is not shown either. */
    private List<Dashboard.LessonMeans> means(CountTable lessons, List<MonitoringStore.QuizCount> quizzes) {
        var means = new ArrayList<Dashboard.LessonMeans>();
        for (var row : lessons.body()) {
            var cells = new String[2];
            for (int stage = 0; stage < 2; stage++) {
                var name = stage == 0 ? "before" : "after";
                var count = row.counts().get(stage);
                long score = 0;
                long max = 0;
                for (var q : quizzes) {
                    if (lessonTitle.apply(q.quizId()).equals(row.label()) && name.equals(q.stage())) {
                        score += q.score();
                        max += q.maxScore();
                    }
                }
                cells[stage] = count == null ? "not shown" : max == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * score / max);
            }
            means.add(new Dashboard.LessonMeans(row.label(), cells[0], cells[1]));
        }
        return List.copyOf(means);
    }
}
