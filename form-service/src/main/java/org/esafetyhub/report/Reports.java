package org.esafetyhub.report;

import org.esafetyhub.alerts.ReplyAlerts;
import org.esafetyhub.db.RandomIds;
import org.esafetyhub.evidence.EvidenceSeal;
import org.esafetyhub.mail.OutboxStore;
import org.esafetyhub.trust.Trust;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** Saves a checked report with a new reference and follow-up code, and finds one again by both. */
public final class Reports {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    /** @param text the receipt to save, the same text the API answers with */
    record Receipt(String reference, String followUpCode, boolean urgent, String academySlug, String text) {
    }

    private final Jdbi jdbi;
    private final Codes codes;
    /** Checked against when no report has the reference: the same one HMAC as a real check. */
    private final String unknownReportHash;
    private final Clock clock;
    private final Trust trust;
    private final Receipts receipts;
    private final ReplyAlerts alerts;
    private final EvidenceSeal seal;

    public Reports(Jdbi jdbi, Codes codes, Clock clock, Trust trust, Receipts receipts, ReplyAlerts alerts, EvidenceSeal seal) {
        this.jdbi = jdbi;
        this.codes = codes;
        this.unknownReportHash = codes.hash("NO-REPORT-HAS-THIS-CODE");
        this.clock = clock;
        this.trust = trust;
        this.receipts = receipts;
        this.alerts = alerts;
        this.seal = seal;
    }

    /** @param language the code of the language the report was written in */
    Receipt save(ReportForm form, java.util.List<EvidenceFile> files, String language) {
        var id = RandomIds.uuid();
        var reference = codes.reference();
        var followUpCode = codes.followUpCode();
        var minute = MINUTE.format(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        var submittedSha256 = SubmittedReport.of(form, files).sha256();
        var report = new ReportStore.NewReport(id, reference, codes.hash(followUpCode), form.academy(), form.role(),
                form.urgent(), blankToNull(form.location()), blankToNull(form.started()), form.ongoing(),
                form.description(), blankToNull(form.involved()), Status.RECEIVED.name(), minute, submittedSha256,
                files.size(), language);
        var evidence = IntStream.range(0, files.size())
                .mapToObj(i -> files.get(i).row(RandomIds.uuid(), id, i + 1, seal)).toList();
        var notice = ReportNotice.of(trust.academy(form.academy()).orElseThrow(), reference, form.urgent(), form.categories());
        jdbi.useTransaction(handle -> {
            handle.attach(ReportStore.class).save(report, form.categories(), form.linkList(), evidence);
            handle.attach(OutboxStore.class).enqueue(notice.recipient(), notice.subject(), notice.body());
            alerts.keep(handle, id, form.replyAlertEmail());
        });
        return new Receipt(reference, followUpCode, form.urgent(), form.academy(),
                receipts.text(reference, followUpCode, minute, submittedSha256));
    }

    /** Adds the reporter's message and files to a report found by its reference and code, and tells its DSL. */
    void addFromReporter(ReportStore.Found report, String message, java.util.List<EvidenceFile> files) {
        var minute = MINUTE.format(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        var academy = trust.academy(report.academySlug()).orElseThrow();
        jdbi.useTransaction(handle -> {
            var store = handle.attach(MessageStore.class);
            store.lockReport(report.id());
            if (!message.isEmpty()) {
                store.addMessage(RandomIds.uuid(), report.id(), MessageStore.Author.REPORTER.name(), message, minute);
            }
            for (var file : files) {
                store.addEvidence(file.row(RandomIds.uuid(), report.id(), 0, seal));
            }
            handle.attach(OutboxStore.class).enqueue(academy.dsl().email(), "New information on report " + report.reference(),
                    "The person who made report " + report.reference() + " for " + academy.name()
                            + " has added more information.\n\n"
                            + "This e-mail holds no details, to keep them safe. Sign in to eSafety Hub to read it.");
        });
    }

    /** What the reporter sees of their report on the follow-up page. */
    Map<String, Object> history(ReportStore.Found report) {
        return jdbi.withExtension(MessageStore.class, store -> Map.of(
                "conversation", store.messages(report.id()), "files", store.files(report.id())));
    }

    int fileCount(ReportStore.Found report) {
        return jdbi.withExtension(MessageStore.class, store -> store.fileCount(report.id()));
    }

    /** The report with this reference, if the code is its follow-up code; which of the two was wrong is never said. */
    Optional<ReportStore.Found> find(String typedReference, String typedCode) {
        var reference = normaliseReference(typedReference);
        var found = jdbi.withExtension(ReportStore.class, store -> store.find(reference));
        if (found.isEmpty()) {
            // spend the same time as a real check, so the answer's speed does not tell that the reference is wrong
            codes.matches(typedCode, unknownReportHash);
        }
        return found.filter(report -> codes.matches(typedCode, report.followUpHash()));
    }

    static String normaliseReference(String typed) {
        var symbols = Codes.normalise(typed);
        if (symbols.startsWith("CB")) {
            symbols = symbols.substring(2);
        }
        return symbols.length() == 8 ? "CB-" + symbols.substring(0, 4) + "-" + symbols.substring(4) : symbols;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
