package org.esafetyhub.cases;

import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.account.Role;
import org.esafetyhub.account.StaffAccount;
import org.esafetyhub.account.StaffSessions;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import org.esafetyhub.evidence.EvidenceSeal;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Cases within what a member of staff may see; anything outside it does not exist for them (404). */
public final class Cases {

    private final Jdbi jdbi;
    private final OriginalDownloads originals;
    private final EvidenceSeal seal;

    public Cases(Jdbi jdbi, OriginalDownloads originals, EvidenceSeal seal) {
        this.seal = seal;
        this.jdbi = jdbi;
        this.originals = originals;
    }

    List<CaseStore.Summary> list(StaffSessions.SignedIn staff, CaseStore.Filter filter) {
        if (!staff.account().role().seesCases) {
            return List.of();
        }
        return jdbi.withExtension(CaseStore.class, store -> store.list(staff.scope().narrowedTo(filter.academy()), filter));
    }

    /** How many cases of each status (by its value in the report table) the member of staff may see. */
    Map<String, Integer> counts(StaffSessions.SignedIn staff, CaseStore.Filter filter) {
        if (!staff.account().role().seesCases) {
            return Map.of();
        }
        var counts = jdbi.withExtension(CaseStore.class, store -> store.counts(staff.scope().narrowedTo(filter.academy())));
        return counts.stream().collect(java.util.stream.Collectors.toMap(CaseStore.StatusCount::status, CaseStore.StatusCount::count));
    }

    CaseStore.Detail get(StaffAccount staff, String reference) {
        if (!staff.role().seesCases) {
            throw new NotFoundResponse("No such case");
        }
        return jdbi.withExtension(CaseStore.class, store -> store.detail(reference, AcademyScope.of(staff)))
                .orElseThrow(() -> new NotFoundResponse("No such case"));
    }

    /** A case with its categories, links and evidence, for the case page. */
    Map<String, Object> view(StaffAccount staff, String reference) {
        var report = get(staff, reference);
        return jdbi.withExtension(CaseStore.class, store -> Map.of(
                "report", report,
                "categories", store.categories(report.id()),
                "links", store.links(report.id()),
                "evidence", store.evidence(report.id())));
    }

    /** The clean copy of a file (without its hidden details): what staff download by default. */
    CaseStore.EvidenceContent evidence(StaffAccount staff, String reference, int position) {
        var report = get(staff, reference);
        return jdbi.withExtension(CaseStore.class, store -> store.evidenceContent(report.id(), position))
                .orElseThrow(() -> new NotFoundResponse("No clean copy of this file: see the case page"))
                .opened(seal, EvidenceSeal.Part.CLEAN);
    }

    /** Only the DSL (of their academy) and the trust's eSafety officer may download a file as it was sent. */
    public static boolean mayOpenOriginals(StaffAccount staff) {
        return staff.role() == Role.DSL || staff.role() == Role.OFFICER;
    }

    /** The evidence row of one file, for the page that asks why the original is needed. */
    CaseStore.EvidenceRow evidenceRow(StaffAccount staff, String reference, int position) {
        var report = get(staff, reference);
        return jdbi.withExtension(CaseStore.class, store -> store.evidence(report.id())).stream()
                .filter(row -> row.position() == position).findFirst()
                .orElseThrow(() -> new NotFoundResponse("No such file"));
    }

    /** Both copies of a file for the evidence bundle (whose export is itself recorded): the original, and the clean copy if one was made. */
    List<CaseStore.EvidenceContent> bothCopies(StaffAccount staff, CaseStore.Detail report, int position) {
        requireOriginals(staff);
        return jdbi.withExtension(CaseStore.class, store -> Stream.of(
                store.originalContent(report.id(), position).map(file -> file.opened(seal, EvidenceSeal.Part.ORIGINAL)),
                store.evidenceContent(report.id(), position).map(file -> file.opened(seal, EvidenceSeal.Part.CLEAN)))
                .flatMap(Optional::stream).toList());
    }

    /** The evidence bundle holds the originals, so it is for those who may open them. */
    static void requireOriginals(StaffAccount staff) {
        if (!mayOpenOriginals(staff)) {
            throw new ForbiddenResponse("The evidence bundle holds the original files: the DSL or the trust's eSafety officer exports it");
        }
    }

    /** The file as the reporter sent it; the download and its reason are recorded in the same transaction. */
    CaseStore.EvidenceContent original(StaffAccount staff, String reference, int position, String reason) {
        var report = get(staff, reference);
        return jdbi.inTransaction(handle -> {
            var file = handle.attach(CaseStore.class).originalContent(report.id(), position)
                    .orElseThrow(() -> new NotFoundResponse("No such file"));
            originals.recordOriginalDownload(handle, staff, report, position, reason);
            return file.opened(seal, EvidenceSeal.Part.ORIGINAL);
        });
    }
}
