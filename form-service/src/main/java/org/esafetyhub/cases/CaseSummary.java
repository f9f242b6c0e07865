package org.esafetyhub.cases;

import org.esafetyhub.account.StaffAccount;
import org.esafetyhub.report.MessageStore;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model of the printable case summary in the evidence bundle (templates/staff/summary.ftl): all
 * the case page's model holds (whatever {@link Cases#view} gives, so what the case page gains the
 * summary can show by a section in the template), with the messages, each evidence file's name in the bundle and who exported it when.
 */
public final class CaseSummary {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Jdbi jdbi;
    private final CasePage casePage;

    public CaseSummary(Jdbi jdbi, CasePage casePage) {
        this.jdbi = jdbi;
        this.casePage = casePage;
    }

    Map<String, Object> of(Map<String, Object> caseView, StaffAccount exportedBy, Instant exportedAt) {
        var report = (CaseStore.Detail) caseView.get("report");
        var model = new HashMap<>(caseView);
        model.put("reporterMessages", jdbi.withExtension(MessageStore.class, store -> store.messages(report.id())));
        // the case work, but not the internal notes, which are for the academy's staff only
        var work = casePage.model(exportedBy, report, Map.of(), Map.of());
        for (var key : List.of("statusLabel", "work", "actions", "support", "people", "roleLabels", "measures", "finding", "upheld",
                "findings", "measureKinds", "intentions")) {
            model.put(key, work.get(key));
        }
        var outcome = ((CaseWorkStore.Work) work.get("work")).outcome();
        model.put("outcomeLabel", outcome == null ? "" : CaseWords.OUTCOMES.getOrDefault(outcome, outcome));
        @SuppressWarnings("unchecked")
        var evidence = (List<CaseStore.EvidenceRow>) caseView.get("evidence");
        model.put("bundledNames", evidence.stream().map(f -> BundleZip.evidencePath(f.position(), f.displayName(), f.mediaType())).toList());
        model.put("cleanNames", evidence.stream().map(f -> BundleZip.cleanPath(f.position(), f.displayName(), f.mediaType())).toList());
        model.put("exportedBy", exportedBy.name() + " (" + exportedBy.email() + ")");
        model.put("exportedAt", MINUTE.format(exportedAt));
        return model;
    }
}
