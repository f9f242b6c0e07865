package org.esafetyhub.retention;

import org.esafetyhub.trust.Retention;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Deletes what the trust keeps no longer: quiz attempts older than their retention and, only when asked
 * for, closed cases older than theirs. The {@link Result} says what went, for the command and the audit trail.
 */
public final class Purge {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    /** What to purge. {@code dryRun}: count only. */
    public record Request(boolean closedCases, boolean dryRun) {
    }

    /**
     * @param quizAttemptsBefore the UTC hour before which attempts were (or would be) deleted
     * @param closedCasesBefore  the UTC minute before which closed cases were deleted, empty if cases were not asked for
     */
    public record Result(boolean dryRun, int quizAttempts, Period quizAttemptsRetention, String quizAttemptsBefore,
                         int closedCases, Optional<String> closedCasesBefore) {
    }

    private final Jdbi jdbi;
    private final Retention retention;
    private final Clock clock;

    public Purge(Jdbi jdbi, Retention retention, Clock clock) {
        this.jdbi = jdbi;
        this.retention = retention;
        this.clock = clock;
    }

    /** @throws IllegalStateException when closed cases are asked for but the trust has set no retention for them */
    public Result run(Request request) {
        var now = clock.instant().atZone(ZoneOffset.UTC);
        var quizPeriod = retention.quizAttemptsPeriod();
        var hour = HOUR.format(now.minus(quizPeriod));
        Optional<String> minute = Optional.empty();
        if (request.closedCases()) {
            var casePeriod = retention.closedCasesPeriod().orElseThrow(() -> new IllegalStateException(
                    "the trust file sets no retention.closedCases (such as P6Y): closed cases are kept until it does"));
            minute = Optional.of(MINUTE.format(now.minus(casePeriod)));
        }
        var casesBefore = minute;
        return jdbi.inTransaction(handle -> {
            var store = handle.attach(PurgeStore.class);
            int attempts = request.dryRun() ? store.countQuizAttempts(hour) : store.deleteQuizAttempts(hour);
            int cases = casesBefore.map(before -> request.dryRun() ? store.countClosedCases(before) : store.deleteClosedCases(before))
                    .orElse(0);
            return new Result(request.dryRun(), attempts, quizPeriod, hour, cases, casesBefore);
        });
    }
}
