package org.esafetyhub.audit;

/**
 * Checks entries in sequence order, one at a time, so that a long trail is never held in memory:
 * each must follow the one before without a gap, carry its hash, and match its own hash.
 */
final class ChainWalk {

    private long expected = 1;
    private String previousHash = EntryHash.GENESIS;
    private Verification.Break firstBreak;

    /** @return false once the chain is found broken: later entries need no checking */
    boolean accept(AuditEntry entry) {
        if (entry.sequence() != expected) {
            return broken(entry, "gap: " + (entry.sequence() > expected
                    ? "entries " + expected + " to " + (entry.sequence() - 1) + " are missing (removed)"
                    : "entry " + entry.sequence() + " appears twice or out of order"));
        }
        if (!entry.previousHash().equals(previousHash)) {
            return broken(entry, "previous-hash mismatch: it does not carry the hash of entry " + (expected - 1)
                    + " (an entry before it was changed or replaced)");
        }
        if (!EntryHash.of(entry).equals(entry.hash())) {
            return broken(entry, "hash mismatch: its fields no longer match its hash (the entry was changed)");
        }
        expected++;
        previousHash = entry.hash();
        return true;
    }

    /**
     * The head, read before the walk and again after it, must agree with the last entry seen: fewer
     * entries than the first says means the newest were removed; more than the second says means
     * entries were added outside the trail. Entries appended during the walk fall between the two.
     */
    Verification finish(AuditStore.Head before, AuditStore.Head after) {
        long last = expected - 1;
        if (firstBreak == null) {
            if (last < before.lastSequence()) {
                firstBreak = new Verification.Break(last + 1, null, null,
                        "gap: entries " + (last + 1) + " to " + before.lastSequence() + " are missing (removed)");
            } else if (last > after.lastSequence()) {
                firstBreak = new Verification.Break(after.lastSequence() + 1, null, null,
                        "gap: entries after " + after.lastSequence() + " were added outside the audit trail");
            } else if (last == before.lastSequence() && !previousHash.equals(before.lastHash())
                    || last == after.lastSequence() && !previousHash.equals(after.lastHash())) {
                firstBreak = new Verification.Break(last, null, null,
                        "hash mismatch: the trail's head records another hash for its last entry");
            }
        }
        return new Verification(last, firstBreak);
    }

    private boolean broken(AuditEntry entry, String reason) {
        firstBreak = new Verification.Break(entry.sequence(), entry.atMillis(), entry.action(), reason);
        return false;
    }
}
