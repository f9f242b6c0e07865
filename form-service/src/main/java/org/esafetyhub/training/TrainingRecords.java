package org.esafetyhub.training;

import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.account.Role;
import org.esafetyhub.account.StaffSessions;
import org.esafetyhub.account.StaffAccount;
import org.esafetyhub.account.StaffStore;
import io.javalin.http.NotFoundResponse;
import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.audit.AuditTrail;
import org.esafetyhub.mail.OutboxStore;
import org.esafetyhub.trust.Trust;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Staff training records: each completion of the training quiz, each member's status, the matrix per
 * academy and reminders to those due. Who may see what is decided here from the signed-in account alone.
 */
public final class TrainingRecords {

    private final Jdbi jdbi;
    private final Trust trust;
    private final Clock clock;
    private final AuditTrail audit;

    public TrainingRecords(Jdbi jdbi, Trust trust, Clock clock, AuditTrail audit) {
        this.jdbi = jdbi;
        this.trust = trust;
        this.clock = clock;
        this.audit = audit;
    }

    /** The DSL and the Principal see their academy's matrix; the trust's eSafety officer every academy's. */
    static boolean readsMatrix(StaffAccount account) {
        return account.role() == Role.DSL || account.role() == Role.PRINCIPAL || account.role() == Role.OFFICER;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    TrainingStore.Completion record(StaffAccount staff, TrainingCourse course, TrainingCourse.Marked marked) {
        var completion = new TrainingStore.Completion(UUID.randomUUID().toString(), staff.id(), staff.academySlug(),
                today().toString(), marked.score(), marked.max(), trust.training().passes(marked.score(), marked.max()), course.version());
        jdbi.useExtension(TrainingStore.class, store -> store.insert(completion));
        return completion;
    }

    List<TrainingStore.Completion> completionsOf(StaffAccount staff) {
        return jdbi.withExtension(TrainingStore.class, store -> store.ofAccount(staff.id()));
    }

    public TrainingStatus statusOf(StaffAccount staff) {
        return TrainingStatus.of(completionsOf(staff), trust.training(), today());
    }

    /**
     * The academies whose matrix the account may read: the one asked for, if in their scope and of the trust; or
     * their whole scope when none is asked for. Anything else is not found.
     */
    AcademyScope matrixScope(StaffSessions.SignedIn staff, String asked) {
        var wanted = asked == null || asked.isBlank() ? null : asked;
        if (!readsMatrix(staff.account())) {
            throw new NotFoundResponse("No training matrix here");
        }
        var scope = staff.scope();
        if (wanted != null && (!scope.includes(wanted) || trust.academy(wanted).isEmpty())) {
            throw new NotFoundResponse("No training matrix here");
        }
        return scope.narrowedTo(wanted);
    }

    TrainingMatrix matrix(AcademyScope scope) {
        return jdbi.withExtension(TrainingStore.class, store -> TrainingMatrix.of(scope.academy(),
                store.members(scope), store.ofMembers(scope), trust.training(), today()));
    }

    /** A completion the account may open: their own, or one of an academy whose matrix they read. */
    TrainingStore.Completion completion(StaffAccount staff, String id) {
        var completion = jdbi.withExtension(TrainingStore.class, store -> store.byId(id))
                .orElseThrow(() -> new NotFoundResponse("No such training record"));
        boolean own = completion.accountId().equals(staff.id());
        boolean readsIt = readsMatrix(staff) && AcademyScope.of(staff).includes(completion.academySlug());
        if (!own && !readsIt) {
            throw new NotFoundResponse("No such training record");
        }
        return completion;
    }

    /** The member of staff a completion belongs to, for its page. */
    StaffAccount accountOf(TrainingStore.Completion completion) {
        return jdbi.withExtension(StaffStore.class, store -> store.byId(completion.accountId())).orElseThrow();
    }

    /**
     * Queues a reminder to each member of the scope who is overdue or never trained, through the outbox,
     * with one audit entry, all in one transaction. @return how many were queued
     */
    int remind(StaffAccount staff, AcademyScope scope) {
        var due = matrix(scope).due();
        if (due.isEmpty()) {
            return 0;
        }
        jdbi.useTransaction(handle -> {
            var outbox = handle.attach(OutboxStore.class);
            for (var row : due) {
                outbox.enqueue(row.member().email(), TrainingReminder.SUBJECT, TrainingReminder.body(trust, row, staff.name()));
            }
            long overdue = due.stream().filter(row -> row.status().state() == TrainingStatus.State.OVERDUE).count();
            audit.record(handle, new AuditEntry.Draft(staff.id(), staff.name(), staff.email(), scope.academy(), null, null,
                    AuditEntry.Action.TRAINING_REMINDED, "training reminders queued for " + due.size() + " members of staff ("
                    + overdue + " overdue, " + (due.size() - overdue) + " never trained)"));
        });
        return due.size();
    }
}
