package org.esafetyhub.report;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/** Saves a checked report with a new reference and follow-up code, and finds one again by both. */
final class Reports {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ZoneOffset.UTC);

    record Receipt(String reference, String followUpCode, boolean urgent, String academySlug) {
    }

    private static final String UNKNOWN_REPORT_HASH = Codes.hash("NO-REPORT-HAS-THIS-CODE");

    private final Jdbi jdbi;
    private final Codes codes;
    private final Clock clock;

    Reports(Jdbi jdbi, Codes codes, Clock clock) {
        this.jdbi = jdbi;
        this.codes = codes;
        this.clock = clock;
    }

    Receipt save(ReportForm form, java.util.List<EvidenceFile> files) {
        var id = UUID.randomUUID().toString();
        var reference = codes.reference();
        var followUpCode = codes.followUpCode();
        var report = new ReportStore.NewReport(id, reference, Codes.hash(followUpCode), form.academy(), form.role(),
                form.urgent(), blankToNull(form.location()), blankToNull(form.started()), form.ongoing(),
                form.description(), blankToNull(form.involved()), Status.RECEIVED.name(),
                MINUTE.format(clock.instant().truncatedTo(ChronoUnit.MINUTES)));
        var evidence = IntStream.range(0, files.size()).mapToObj(i -> {
            var file = files.get(i);
            return new ReportStore.Evidence(UUID.randomUUID().toString(), id, i + 1, file.displayName(), file.mediaType(),
                    file.content().length, file.sha256(), file.content());
        }).toList();
        jdbi.useExtension(ReportStore.class, store -> store.save(report, form.categories(), form.linkList(), evidence));
        return new Receipt(reference, followUpCode, form.urgent(), form.academy());
    }

    /** The report with this reference, if the code is its follow-up code; which of the two was wrong is never said. */
    Optional<ReportStore.Found> find(String typedReference, String typedCode) {
        var reference = normaliseReference(typedReference);
        var found = jdbi.withExtension(ReportStore.class, store -> store.find(reference));
        if (found.isEmpty()) {
            // spend the same time as a real check, so the answer's speed does not tell that the reference is wrong
            Codes.matches(typedCode, UNKNOWN_REPORT_HASH);
        }
        return found.filter(report -> Codes.matches(typedCode, report.followUpHash()));
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
