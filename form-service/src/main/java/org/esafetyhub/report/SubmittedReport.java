package org.esafetyhub.report;

import org.esafetyhub.crypto.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A report as its reporter submitted it, in one canonical text whose SHA-256 the receipt's proof
 * covers. The text is a first line naming the encoding, then one {@code name=value} line per field
 * in this order: academy, role, urgent, location, started, ongoing, description, involved, one
 * {@code category=} line per category in alphabetical order, one {@code link=} line per link in
 * the order given and one {@code evidence=} line per file's SHA-256 (of the original) in the order
 * sent. A missing optional field is an empty value; in values a backslash is written {@code \\},
 * a line feed {@code \n} and a carriage return {@code \r}, so every field stays on its line.
 * It is built from what was typed when the report is saved, and from the database to check it later.
 */
record SubmittedReport(String academy, String role, boolean urgent, String location, String started, String ongoing,
                       String description, String involved, List<String> categories, List<String> links,
                       List<String> evidenceSha256) {

    static final String ENCODING = "esafety-hub report v1";

    static SubmittedReport of(ReportForm form, List<EvidenceFile> files) {
        return new SubmittedReport(form.academy(), form.role(), form.urgent(), form.location(), form.started(),
                form.ongoing(), form.description(), form.involved(), form.categories().stream().sorted().toList(),
                form.linkList(), files.stream().map(EvidenceFile::sha256).toList());
    }

    /** The report as the database holds it now, if it has a submitted hash to compare with. */
    static Optional<SubmittedReport> stored(ReportStore store, String reportId) {
        return store.submitted(reportId).map(row -> new SubmittedReport(row.academySlug(), row.reporterRole(), row.urgent(),
                row.location(), row.started(), row.ongoing(), row.description(), row.peopleInvolved(),
                store.categories(reportId).stream().sorted().toList(), store.links(reportId), store.submittedEvidence(reportId, row.submittedFiles())));
    }

    String canonical() {
        var text = new StringBuilder(ENCODING).append('\n');
        line(text, "academy", academy);
        line(text, "role", role);
        line(text, "urgent", String.valueOf(urgent));
        line(text, "location", location);
        line(text, "started", started);
        line(text, "ongoing", ongoing);
        line(text, "description", description);
        line(text, "involved", involved);
        categories.forEach(category -> line(text, "category", category));
        links.forEach(link -> line(text, "link", link));
        evidenceSha256.forEach(sha -> line(text, "evidence", sha));
        return text.toString();
    }

    String sha256() {
        return Sha256.hex(canonical().getBytes(StandardCharsets.UTF_8));
    }

    private static void line(StringBuilder text, String name, String value) {
        var escaped = value == null ? "" : value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        text.append(name).append('=').append(escaped).append('\n');
    }
}
