package org.esafetyhub.audit;

/**
 * What walking the chain found: how many entries were checked, and the first broken one, if any.
 *
 * @param firstBreak null when the chain is intact
 */
public record Verification(long entries, Break firstBreak) {

    /**
     * The first entry that does not hold: its sequence number, time and action ({@code atMillis} and
     * {@code action} are null for an entry that is missing altogether), and why, starting with one of
     * {@code hash mismatch}, {@code previous-hash mismatch} or {@code gap}.
     */
    public record Break(long sequence, Long atMillis, String action, String reason) {

        /** The entry's time, such as {@code 2026-11-27 19:40:12 UTC}, or "unknown". */
        public String time() {
            return atMillis == null ? "unknown" : AuditEntry.timeOf(atMillis);
        }
    }

    public boolean intact() {
        return firstBreak == null;
    }

    /** One line for people: "Audit trail intact: 12 entries" or what is broken, where and why. */
    public String summary() {
        if (intact()) {
            return "Audit trail intact: " + entries + (entries == 1 ? " entry" : " entries");
        }
        return "Audit trail broken at entry " + firstBreak.sequence() + " (" + firstBreak.time() + ", "
                + (firstBreak.action() == null ? "missing" : firstBreak.action()) + "): " + firstBreak.reason();
    }
}
