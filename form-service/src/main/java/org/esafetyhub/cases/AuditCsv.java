package org.esafetyhub.cases;

import org.esafetyhub.audit.AuditEntry;

import java.time.Instant;
import java.util.List;

/**
 * A case's audit entries as CSV (RFC 4180, UTF-8, CRLF), every stored field with its hashes, for
 * the evidence bundle. Values are written exactly as stored, so the hashes can be checked again.
 */
final class AuditCsv {

    private static final String HEADER = "sequence,time_utc,at_millis,actor_id,actor_name,actor_email,academy,report_id,"
            + "case_reference,action,detail,previous_hash,hash";

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        var out = new StringBuilder(HEADER).append("\r\n");
        for (var e : entries) {
            var fields = new Object[] {e.sequence(), Instant.ofEpochMilli(e.atMillis()), e.atMillis(), e.actorId(),
                    e.actorName(), e.actorEmail(), e.academySlug(), e.reportId(), e.caseReference(), e.action(),
                    e.detail(), e.previousHash(), e.hash()};
            for (int i = 0; i < fields.length; i++) {
                out.append(i == 0 ? "" : ",").append(quoted(fields[i] == null ? "" : fields[i].toString()));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String quoted(String value) {
        if (value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
