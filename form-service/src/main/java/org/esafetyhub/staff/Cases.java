package org.esafetyhub.staff;

import io.javalin.http.NotFoundResponse;
import org.jdbi.v3.core.Jdbi;

import java.util.List;
import java.util.Map;

/** Cases within what a member of staff may see; anything outside it does not exist for them (404). */
final class Cases {

    private final Jdbi jdbi;

    Cases(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<CaseStore.Summary> list(StaffAccount staff, CaseStore.Filter filter) {
        if (!staff.role().seesCases) {
            return List.of();
        }
        return jdbi.withExtension(CaseStore.class, store -> staff.role().allAcademies()
                ? store.everywhere(filter) : store.inAcademy(staff.academySlug(), filter));
    }

    /** How many cases of each status (by its value in the report table) the member of staff may see. */
    Map<String, Integer> counts(StaffAccount staff, CaseStore.Filter filter) {
        if (!staff.role().seesCases) {
            return Map.of();
        }
        var counts = jdbi.withExtension(CaseStore.class, store -> staff.role().allAcademies()
                ? store.countsEverywhere(filter.academy()) : store.countsInAcademy(staff.academySlug()));
        return counts.stream().collect(java.util.stream.Collectors.toMap(CaseStore.StatusCount::status, CaseStore.StatusCount::count));
    }

    CaseStore.Detail get(StaffAccount staff, String reference) {
        if (!staff.role().seesCases) {
            throw new NotFoundResponse("No such case");
        }
        return jdbi.withExtension(CaseStore.class, store -> staff.role().allAcademies()
                        ? store.anywhere(reference) : store.inAcademy(reference, staff.academySlug()))
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

    CaseStore.EvidenceContent evidence(StaffAccount staff, String reference, int position) {
        var report = get(staff, reference);
        return jdbi.withExtension(CaseStore.class, store -> store.evidenceContent(report.id(), position))
                .orElseThrow(() -> new NotFoundResponse("No such file"));
    }
}
