package org.esafetyhub.audit;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.List;

/**
 * The audit trail: who viewed, changed, downloaded or exported what, and when, in an append-only
 * chain of hashed entries that {@link #verify()} walks. Safe to use from any number of threads,
 * connections and nodes at once: every append queues on the one head row in the database.
 */
public final class AuditTrail {

    /** The most a detail keeps. */
    public static final int DETAIL_LENGTH = 500;

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditTrail(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Records an entry in a transaction of its own. */
    public AuditEntry record(AuditEntry.Draft draft) {
        return jdbi.inTransaction(handle -> record(handle, draft));
    }

    /**
     * Records an entry within the caller's transaction, so that a change and its entry are committed,
     * or rolled back, together. The head row stays locked until that transaction ends: keep it short.
     */
    public AuditEntry record(Handle handle, AuditEntry.Draft draft) {
        return handle.inTransaction(transaction -> {
            var store = transaction.attach(AuditStore.class);
            // the update comes first: it takes the head row's lock, so the head read next is the newest
            if (store.claimNext() != 1) {
                throw new IllegalStateException("the audit trail has no head row: was migration V10 applied?");
            }
            var head = store.head();
            var detail = draft.detail() == null ? "" : draft.detail();
            var unhashed = new AuditEntry(head.lastSequence(), clock.millis(), draft.actorId(), draft.actorName(),
                    draft.actorEmail(), draft.academySlug(), draft.reportId(), draft.caseReference(), draft.action().code,
                    detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail, head.lastHash(), null);
            var entry = withHash(unhashed);
            store.insert(entry);
            store.moveHeadTo(entry.hash());
            return entry;
        });
    }

    /** A case's entries, oldest first. */
    public List<AuditEntry> ofCase(String caseReference) {
        return jdbi.withExtension(AuditStore.class, store -> store.ofCase(caseReference));
    }

    /** The newest entries, newest first: of one academy, or of all when {@code academySlug} is null. */
    public List<AuditEntry> latest(String academySlug, int limit) {
        return jdbi.withExtension(AuditStore.class, store -> academySlug == null
                ? store.latest(limit) : store.latestOfAcademy(academySlug, limit));
    }

    /** Walks the whole chain from its first entry and reports the first one that does not hold. */
    public Verification verify() {
        return jdbi.withHandle(handle -> {
            var store = handle.attach(AuditStore.class);
            var before = store.head();
            var walk = new ChainWalk();
            try (var entries = store.all()) {
                var each = entries.iterator();
                boolean holding = true;
                while (holding && each.hasNext()) {
                    holding = walk.accept(each.next());
                }
            }
            return walk.finish(before, store.head());
        });
    }

    private static AuditEntry withHash(AuditEntry e) {
        return new AuditEntry(e.sequence(), e.atMillis(), e.actorId(), e.actorName(), e.actorEmail(), e.academySlug(),
                e.reportId(), e.caseReference(), e.action(), e.detail(), e.previousHash(), EntryHash.of(e));
    }
}
