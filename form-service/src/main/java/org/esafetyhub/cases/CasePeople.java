package org.esafetyhub.cases;

import org.esafetyhub.account.StaffAccount;
import io.javalin.http.NotFoundResponse;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The people involved in a case (policy 8 and 10): staff add them during the investigation, record
 * sanctions and restorative work for a pupil, and the case's finding. Each change returns the problems
 * by form field, or none when it was made; a person of another case or academy is a 404.
 */
public final class CasePeople {

    static final int MAX_NAME = 100;
    static final int MAX_CLASS = 40;

    private final Jdbi jdbi;
    private final Clock clock;

    public CasePeople(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    Map<String, String> add(StaffAccount staff, CaseStore.Detail report, String name, String role, String classYear) {
        var errors = new LinkedHashMap<String, String>();
        if (closed(report, errors)) {
            return errors;
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.put("person-name", "Give the person's name or initials, in " + MAX_NAME + " characters or fewer");
        }
        if (!CasePeopleWords.ROLES.containsKey(role)) {
            errors.put("person-role", "Choose the person's part in what happened");
        }
        if (classYear.length() > MAX_CLASS) {
            errors.put("person-class", "Give the class or year in " + MAX_CLASS + " characters or fewer");
        }
        if (errors.isEmpty()) {
            jdbi.useExtension(CasePeopleStore.class, store -> store.addPerson(UUID.randomUUID().toString(), report.id(),
                    report.academySlug(), name, role, classYear.isEmpty() ? null : classYear, staff.id(), clock.millis()));
        }
        return errors;
    }

    /** A sanction or restorative work for one pupil, against an intention of policy 10.2, with a note of what it was. */
    Map<String, String> measure(StaffAccount staff, CaseStore.Detail report, String personId, String kind, String intention,
                                String note) {
        var person = person(report, personId);
        var errors = new LinkedHashMap<String, String>();
        if (closed(report, errors)) {
            return errors;
        }
        var suffix = "-" + person.id();
        if (!CasePeopleWords.KINDS.containsKey(kind)) {
            errors.put("measure-kind" + suffix, "Choose a sanction or restorative work");
        }
        if (!CasePeopleWords.INTENTIONS.containsKey(intention)) {
            errors.put("measure-intention" + suffix, "Choose which aim of policy 10.2 this serves");
        }
        if (note.isEmpty() || note.length() > CaseWork.MAX_TEXT) {
            errors.put("measure-note" + suffix, "Say what it was, in " + CaseWork.MAX_TEXT + " characters or fewer");
        }
        if (errors.isEmpty()) {
            jdbi.useExtension(CasePeopleStore.class, store -> store.addMeasure(UUID.randomUUID().toString(), person.id(),
                    report.id(), report.academySlug(), kind, intention, note, staff.id(), clock.millis()));
        }
        return errors;
    }

    /** Whether the allegation was established; until it is upheld, every page and export says "alleged". */
    Map<String, String> finding(StaffAccount staff, CaseStore.Detail report, String finding, String note) {
        var errors = new LinkedHashMap<String, String>();
        if (closed(report, errors)) {
            return errors;
        }
        if (!CasePeopleWords.FINDINGS.containsKey(finding)) {
            errors.put("finding", "Choose the finding: upheld, not upheld or unclear");
        }
        if (note.isEmpty() || note.length() > CaseWork.MAX_TEXT) {
            errors.put("finding-note", "Say in a few words what the finding rests on (" + CaseWork.MAX_TEXT + " characters or fewer)");
        }
        if (errors.isEmpty()) {
            jdbi.useExtension(CasePeopleStore.class, store -> store.recordFinding(report.id(), report.academySlug(), finding,
                    note, staff.id(), clock.millis()));
        }
        return errors;
    }

    /** What the case page and the summary show: the people with their roles as said now, their measures, the finding. */
    Map<String, Object> model(CaseStore.Detail report) {
        return jdbi.withExtension(CasePeopleStore.class, store -> {
            var finding = store.finding(report.id(), report.academySlug());
            var code = finding.map(CasePeopleStore.Finding::finding).orElse("");
            var people = store.people(report.id(), report.academySlug());
            var roleLabels = new HashMap<String, String>();
            people.forEach(p -> roleLabels.put(p.id(), CasePeopleWords.roleLabel(p.role(), code)));
            var measures = new HashMap<String, List<CasePeopleStore.Measure>>();
            store.measures(report.id(), report.academySlug())
                    .forEach(m -> measures.computeIfAbsent(m.personId(), id -> new java.util.ArrayList<>()).add(m));
            var values = new HashMap<String, Object>();
            values.put("people", people);
            values.put("roleLabels", roleLabels);
            values.put("measures", measures);
            values.put("finding", finding.orElse(null));
            values.put("upheld", CasePeopleWords.UPHELD.equals(code));
            values.put("personRoles", CasePeopleWords.ROLES);
            values.put("findings", CasePeopleWords.FINDINGS);
            values.put("measureKinds", CasePeopleWords.KINDS);
            values.put("intentions", CasePeopleWords.INTENTIONS);
            return values;
        });
    }

    private CasePeopleStore.Person person(CaseStore.Detail report, String personId) {
        return jdbi.withExtension(CasePeopleStore.class, store -> store.person(personId, report.id(), report.academySlug()))
                .orElseThrow(() -> new NotFoundResponse("This case has no such person"));
    }

    private static boolean closed(CaseStore.Detail report, Map<String, String> errors) {
        if ("CLOSED".equals(report.status())) {
            errors.put("case", "This case is closed: it can no longer be changed");
        }
        return !errors.isEmpty();
    }
}
