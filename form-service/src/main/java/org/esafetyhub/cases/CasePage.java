package org.esafetyhub.cases;

import org.esafetyhub.account.StaffAccount;
import org.esafetyhub.report.MessageStore;
import org.jdbi.v3.core.Jdbi;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the case page shows besides the report itself: status, checklist, messages, notes and the forms to change them. */
public final class CasePage {

    private final Jdbi jdbi;
    private final Checklist checklist;
    private final CasePeople people;

    public CasePage(Jdbi jdbi, Checklist checklist, CasePeople people) {
        this.jdbi = jdbi;
        this.checklist = checklist;
        this.people = people;
    }

    /**
     * @param errors problems with the form just sent, by field id (empty when none)
     * @param typed  what was typed into that form, by field name, to show again
     */
    Map<String, Object> model(StaffAccount staff, CaseStore.Detail report, Map<String, String> errors,
                              Map<String, List<String>> typed) {
        return jdbi.withHandle(handle -> {
            var store = handle.attach(CaseWorkStore.class);
            var all = store.actions(report.id());
            var actions = all.stream().filter(a -> !a.support()).toList();
            var chosen = actions.stream().map(CaseWorkStore.Action::section).distinct().toList();
            var offered = new LinkedHashMap<>(checklist.choices());
            var chosenLabels = chosen.stream().map(offered::get).toList();
            offered.keySet().removeAll(chosen);
            var assignees = new LinkedHashMap<String, String>();
            if (staff.role().changesCases()) {
                store.assignees(report.academySlug()).forEach(a -> assignees.put(a.id(), a.name() + " (" + a.role().label + ")"));
            }
            var values = new HashMap<String, Object>();
            values.put("work", store.work(report.id()).orElseThrow());
            values.put("statusLabel", CaseWords.STATUSES.getOrDefault(report.status(), report.status()));
            values.put("outcomes", CaseWords.OUTCOMES);
            values.put("actions", actions);
            values.put("reviewNotes", org.esafetyhub.data.DataFile.asTemplateModel(checklist.reviewNotes()));
            values.put("support", all.stream().filter(CaseWorkStore.Action::support).toList());
            values.putAll(people.model(report));
            values.put("openActions", actions.stream().filter(CaseWorkStore.Action::open).toList());
            values.put("chosenSections", chosenLabels);
            values.put("sectionChoices", offered);
            values.put("reporterMessages", handle.attach(MessageStore.class).messages(report.id()));
            values.put("notes", store.notes(report.id()));
            values.put("assignees", assignees);
            values.put("canChange", staff.role().changesCases() && !"CLOSED".equals(report.status()));
            values.put("canWrite", staff.role().changesCases());
            values.put("errors", errors);
            values.put("errorHrefs", hrefs(offered));
            values.put("typed", typed);
            return values;
        });
    }

    /** Where each problem's link in the error summary goes: the control to fix. */
    private static Map<String, String> hrefs(Map<String, String> offeredSections) {
        var hrefs = new HashMap<String, String>();
        hrefs.put("sections", offeredSections.isEmpty() ? "case-status" : "sections-" + offeredSections.keySet().iterator().next());
        hrefs.put("case", "case-status");
        return hrefs;
    }

    /** The people involved, whose records the case page shows and the case routes change. */
    CasePeople people() {
        return people;
    }
}
