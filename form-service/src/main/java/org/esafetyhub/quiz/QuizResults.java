package org.esafetyhub.quiz;

import org.esafetyhub.account.AcademyScope;
import org.jdbi.v3.core.Jdbi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Quiz results for staff: per quiz version (never mixed), within what the member of staff may see,
 * narrowed by class, stage and dates. Reads the database on every call: nothing is cached.
 */
public final class QuizResults {

    /** The page's filters; null for none. {@code stage} is {@code before} or {@code after}. */
    public record Filter(String classCode, String stage, LocalDate from, LocalDate to) {
    }

    public record QuizRow(String id, String title, String currentVersion, int currentAttempts, int allAttempts) {
    }

    public record VersionRow(String version, boolean current, int attempts, String firstHour, String lastHour) {
    }

    /**
     * One version's results: {@code summary} over the attempts of the chosen stage, {@code gains} per class over both
     * stages, {@code attempts} those the summary counts.
     */
    public record Report(Quiz quiz, String version, boolean current, List<VersionRow> versions, QuizStatistics.Summary summary,
                         List<ClassGains.ClassGain> gains, List<QuizStatistics.Attempt> attempts) {
    }

    private final Jdbi jdbi;
    private final Supplier<QuizBank> quizzes;

    public QuizResults(Jdbi jdbi, Supplier<QuizBank> quizzes) {
        this.jdbi = jdbi;
        this.quizzes = quizzes;
    }

    /** Every current quiz, and any older quiz that still has attempts in scope. */
    public List<QuizRow> quizzes(AcademyScope scope) {
        var counts = jdbi.withExtension(ResultStore.class, store -> store.versions(scope));
        var bank = quizzes.get();
        var ids = new LinkedHashSet<String>();
        bank.quizzes().forEach(q -> ids.add(q.id()));
        counts.forEach(c -> ids.add(c.quizId()));
        return ids.stream().map(id -> {
            var current = bank.quiz(id);
            var version = current.map(Quiz::version).orElse(null);
            var title = current.isPresent() ? current.get().title() : keptTitle(id, counts);
            int all = counts.stream().filter(c -> c.quizId().equals(id)).mapToInt(ResultStore.VersionCount::attempts).sum();
            int now = counts.stream().filter(c -> c.quizId().equals(id) && c.quizVersion().equals(version))
                    .mapToInt(ResultStore.VersionCount::attempts).sum();
            return new QuizRow(id, title, version, now, all);
        }).sorted(Comparator.comparing(QuizRow::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private String keptTitle(String quizId, List<ResultStore.VersionCount> counts) {
        for (var count : counts) {
            if (count.quizId().equals(quizId)) {
                Optional<Quiz> kept = quiz(quizId, count.quizVersion());
                if (kept.isPresent()) {
                    return kept.get().title();
                }
            }
        }
        return quizId;
    }

    /** The version's results; {@code version} null means the current one. Empty when there is no such quiz or version. */
    public Optional<Report> report(AcademyScope scope, String quizId, String version, Filter filter) {
        var currentVersion = quizzes.get().quiz(quizId).map(Quiz::version).orElse(null);
        var wanted = version == null || version.isBlank() ? currentVersion : version;
        var versions = versions(scope, quizId, currentVersion);
        if (wanted == null) {
            if (versions.isEmpty()) {
                return Optional.empty();
            }
            wanted = versions.get(versions.size() - 1).version();
        }
        var chosen = wanted;
        return quiz(quizId, chosen).map(quiz -> {
            var all = attempts(scope, quizId, chosen, filter);
            var staged = all.stream().filter(a -> filter.stage() == null || filter.stage().equals(a.stage())).toList();
            return new Report(quiz, chosen, chosen.equals(currentVersion), versions, QuizStatistics.of(quiz, staged),
                    ClassGains.of(all, quiz.questions().size()), staged);
        });
    }

    private List<VersionRow> versions(AcademyScope scope, String quizId, String currentVersion) {
        var rows = new ArrayList<VersionRow>();
        jdbi.withExtension(ResultStore.class, store -> store.versions(scope)).stream()
                .filter(c -> c.quizId().equals(quizId))
                .forEach(c -> rows.add(new VersionRow(c.quizVersion(), c.quizVersion().equals(currentVersion), c.attempts(),
                        c.firstHour(), c.lastHour())));
        if (currentVersion != null && rows.stream().noneMatch(VersionRow::current)) {
            rows.add(new VersionRow(currentVersion, true, 0, null, null));
        }
        return List.copyOf(rows);
    }

    /** The current version from the quiz file, an older one as it was kept when first answered. */
    Optional<Quiz> quiz(String quizId, String version) {
        var current = quizzes.get().quiz(quizId).filter(q -> q.version().equals(version));
        if (current.isPresent()) {
            return current;
        }
        return jdbi.withExtension(ResultStore.class, store -> store.keptVersion(quizId, version)).map(QuizVersions::fromJson);
    }

    private List<QuizStatistics.Attempt> attempts(AcademyScope scope, String quizId, String version, Filter filter) {
        var rows = jdbi.withExtension(ResultStore.class, store -> store.answers(scope, query(quizId, version, filter, null)));
        var byAttempt = new LinkedHashMap<String, List<ResultStore.AnswerRow>>();
        rows.forEach(row -> byAttempt.computeIfAbsent(row.attemptId(), id -> new ArrayList<>()).add(row));
        return byAttempt.values().stream().map(answers -> {
            var first = answers.get(0);
            var byQuestion = new LinkedHashMap<String, QuizStatistics.Answer>();
            answers.forEach(a -> byQuestion.put(a.questionId(),
                    new QuizStatistics.Answer(Set.of(a.optionIds().split(",")), a.correct())));
            return new QuizStatistics.Attempt(first.attemptId(), first.academySlug(), first.classCode(), first.classLabel(),
                    first.stage(), first.takenHour(), first.score(), first.maxScore(), Map.copyOf(byQuestion));
        }).toList();
    }

    static ResultStore.Query query(String quizId, String version, Filter filter, String stage) {
        return new ResultStore.Query(quizId, version, filter.classCode(), stage,
                filter.from() == null ? "0000" : filter.from() + "T00", filter.to() == null ? "9999" : filter.to() + "T23");
    }

    /** Facility by strand and age band across every quiz and version in scope. */
    public StrandFacility.Table strands(AcademyScope scope, Filter filter) {
        var counts = jdbi.withExtension(ResultStore.class, store -> store.questionCounts(scope, query(null, null, filter, filter.stage())));
        var bank = quizzes.get();
        return StrandFacility.of(counts, this::quiz, quizId -> bank.ageBand(quizId).orElse("Not known"));
    }
}
