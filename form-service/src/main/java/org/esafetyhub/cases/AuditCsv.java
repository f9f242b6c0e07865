package org.esafetyhub.cases;

import org.esafetyhub.audit.AuditEntry;
import org.esafetyhub.csv.Csv;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A case's audit entries as CSV (RFC 4180, UTF-8, CRLF), every stored field with its hashes, for the evidence
 * bundle. Written {@link Csv.Cells#VERBATIM}: values exactly as stored, without the formula guard of the other
 * exports, so the hashes can be checked again from the file.
 */
final class AuditCsv {

    private static final List<String> HEADER = List.of("sequence", "time_utc", "at_millis", "actor_id", "actor_name",
            "actor_email", "academy", "report_id", "case_reference", "action", "detail", "previous_hash", "hash");

    private AuditCsv() {
    }

    static String of(List<AuditEntry> entries) {
        return Csv.of(Csv.Cells.VERBATIM, Stream.concat(Stream.of(HEADER), entries.stream().map(e -> Stream.of(e.sequence(),
                Instant.ofEpochMilli(e.atMillis()), e.atMillis(), e.actorId(), e.actorName(), e.actorEmail(), e.academySlug(),
                e.reportId(), e.caseReference(), e.action(), e.detail(), e.previousHash(), e.hash())
                .map(field -> field == null ? "" : field.toString()).toList())));
    }
}
