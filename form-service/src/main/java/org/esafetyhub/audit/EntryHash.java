package org.esafetyhub.audit;

import org.esafetyhub.crypto.Sha256;

/**
 * An entry's hash: SHA-256 (lower-case hex) over the UTF-8 bytes of the canonical encoding of its fields in a fixed
 * order, ending with the previous entry's hash. Each field is written as its length in characters,
 * a colon and the value, or as a lone {@code -} when null, fields separated by {@code |}: no value
 * can pass for another, whatever characters it holds.
 */
final class EntryHash {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private EntryHash() {
    }

    static String of(AuditEntry entry) {
        return Sha256.hex(canonical(entry));
    }

    static String canonical(AuditEntry e) {
        var out = new StringBuilder();
        for (Object field : new Object[] {e.sequence(), e.atMillis(), e.actorId(), e.actorName(), e.actorEmail(),
                e.academySlug(), e.reportId(), e.caseReference(), e.action(), e.detail(), e.previousHash()}) {
            if (!out.isEmpty()) {
                out.append('|');
            }
            if (field == null) {
                out.append('-');
            } else {
                var value = field.toString();
                out.append(value.length()).append(':').append(value);
            }
        }
        return out.toString();
    }
}
