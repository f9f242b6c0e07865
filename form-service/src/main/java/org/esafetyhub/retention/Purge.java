package org.esafetyhub.retention;

import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.audit.AuditTrail;
import org.esafetyhub.trust.Retention;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Deletes what the trust keeps no longer: quiz attempts and parents' agreement signatures older than their
 * retention and, only when asked for, closed cases older than theirs. The {@link Result} says what went, for the command and the audit trail.
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
                         int closedCases, Optional<String> closedCasesBefore, int signatures, String signaturesBefore) {
    }

    private final Jdbi jdbi;
    private final Retention retention;
    private final Clock clock;
    private final AuditTrail audit;

    public Purge(Jdbi jdbi, Retention retention, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.retention = retention;
        this.clock = clock;
        this.audit = audit;
    }

    private static AuditEntry.Draft draft(String academy, String reportId, String reference, AuditEntry.Action action, String detail) {
        return new AuditEntry.Draft("purge", "the purge command", "", academy, reportId, reference, action, detail);
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
        var signedBefore = now.minus(retention.agreementSignaturesPeriod()).toInstant();
        var signedBeforeText = MINUTE.format(signedBefore);
        return jdbi.inTransaction(handle -> {
            var store = handle.attach(PurgeStore.class);
            var signaturesByAcademy = store.signaturesByAcademy(signedBefore.toEpochMilli());
            int signatures = signaturesByAcademy.stream().mapToInt(PurgeStore.AcademyCount::count).sum();
            if (request.dryRun()) {
                return new Result(true, store.countQuizAttempts(hour), quizPeriod, hour,
                        casesBefore.map(store::countClosedCases).orElse(0), casesBefore, signatures, signedBeforeText);
            }
            store.deleteSignatures(signedBefore.toEpochMilli());
            for (var academy : signaturesByAcademy) {
                audit.record(handle, draft(academy.academySlug(), null, null, AuditEntry.Action.PURGED, "deleted " + academy.count()
                        + " agreement signatures made before " + signedBeforeText + " UTC, past their retention of "
                        + retention.agreementSignaturesPeriod()));
            }
            int attempts = store.deleteQuizAttempts(hour);
            var cases = casesBefore.map(store::closedCases).orElse(List.of());
            for (var closed : cases) {
                audit.record(handle, draft(closed.academySlug(), closed.id(), closed.reference(), AuditEntry.Action.CASE_PURGED,
                        "closed " + closed.closedMinute() + ", past its retention"));
            }
            casesBefore.ifPresent(store::deleteClosedCases);
            audit.record(handle, draft(null, null, null, AuditEntry.Action.PURGED, "deleted " + attempts
                    + " quiz attempts taken before " + hour + casesBefore.map(before -> " and " + cases.size()
                    + " cases closed before " + before).orElse("")));
            return new Result(false, attempts, quizPeriod, hour, cases.size(), casesBefore, signatures, signedBeforeText);
        });
    }
}
