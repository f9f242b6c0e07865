package org.esafetyhub.cases;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The people involved in a case, their sanctions and restorative work, and the case's finding. Every
 * statement names the case's academy as well as the case, so nothing lands on, or is read from, another academy's case.
 */
interface CasePeopleStore {

    record Person(String id, String name, String role, String classYear, String addedBy, long addedAt) {
        public String when() {
            return CaseWorkStore.WHEN.format(Instant.ofEpochMilli(addedAt));
        }
    }

    record Measure(String personId, String kind, String intention, String note, String recordedBy, long recordedAt) {
        public String when() {
            return CaseWorkStore.WHEN.format(Instant.ofEpochMilli(recordedAt));
        }
    }

    record Finding(String finding, String note, String recordedBy, long recordedAt) {
        public String when() {
            return CaseWorkStore.WHEN.format(Instant.ofEpochMilli(recordedAt));
        }
    }

    @SqlUpdate("""
            INSERT INTO case_person (id, report_id, academy_slug, name, role, class_year, added_by, added_at)
            SELECT :personId, id, academy_slug, :name, :role, :classYear, :by, :at FROM report
            WHERE id = :id AND academy_slug = :academy AND status <> 'CLOSED'""")
    int addPerson(@Bind("personId") String personId, @Bind("id") String reportId, @Bind("academy") String academy,
                  @Bind("name") String name, @Bind("role") String role, @Bind("classYear") String classYear,
                  @Bind("by") String staffId, @Bind("at") long at);

    @SqlQuery("""
            SELECT p.id, p.name, p.role, p.class_year, s.name AS added_by, p.added_at
            FROM case_person p JOIN staff_account s ON s.id = p.added_by
            WHERE p.report_id = :id AND p.academy_slug = :academy ORDER BY p.added_at, p.id""")
    @RegisterConstructorMapper(Person.class)
    List<Person> people(@Bind("id") String reportId, @Bind("academy") String academy);

    @SqlQuery("""
            SELECT p.id, p.name, p.role, p.class_year, s.name AS added_by, p.added_at
            FROM case_person p JOIN staff_account s ON s.id = p.added_by
            WHERE p.id = :personId AND p.report_id = :id AND p.academy_slug = :academy""")
    @RegisterConstructorMapper(Person.class)
    Optional<Person> person(@Bind("personId") String personId, @Bind("id") String reportId, @Bind("academy") String academy);

    @SqlUpdate("""
            INSERT INTO case_measure (id, person_id, report_id, kind, intention, note, recorded_by, recorded_at)
            SELECT :measureId, p.id, p.report_id, :kind, :intention, :note, :by, :at FROM case_person p JOIN report r ON r.id = p.report_id
            WHERE p.id = :personId AND p.report_id = :id AND p.academy_slug = :academy AND r.status <> 'CLOSED'""")
    int addMeasure(@Bind("measureId") String measureId, @Bind("personId") String personId, @Bind("id") String reportId,
                   @Bind("academy") String academy, @Bind("kind") String kind, @Bind("intention") String intention,
                   @Bind("note") String note, @Bind("by") String staffId, @Bind("at") long at);

    @SqlQuery("""
            SELECT m.person_id, m.kind, m.intention, m.note, s.name AS recorded_by, m.recorded_at
            FROM case_measure m JOIN case_person p ON p.id = m.person_id JOIN staff_account s ON s.id = m.recorded_by
            WHERE m.report_id = :id AND p.academy_slug = :academy ORDER BY m.recorded_at, m.id""")
    @RegisterConstructorMapper(Measure.class)
    List<Measure> measures(@Bind("id") String reportId, @Bind("academy") String academy);

    @SqlUpdate("""
            INSERT INTO case_finding (report_id, finding, note, recorded_by, recorded_at)
            SELECT id, :finding, :note, :by, :at FROM report WHERE id = :id AND academy_slug = :academy AND status <> 'CLOSED'
            ON CONFLICT (report_id) DO UPDATE SET finding = excluded.finding, note = excluded.note,
              recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
    int recordFinding(@Bind("id") String reportId, @Bind("academy") String academy, @Bind("finding") String finding,
                      @Bind("note") String note, @Bind("by") String staffId, @Bind("at") long at);

    @SqlQuery("""
            SELECT f.finding, f.note, s.name AS recorded_by, f.recorded_at
            FROM case_finding f JOIN staff_account s ON s.id = f.recorded_by JOIN report r ON r.id = f.report_id
            WHERE f.report_id = :id AND r.academy_slug = :academy""")
    @RegisterConstructorMapper(Finding.class)
    Optional<Finding> finding(@Bind("id") String reportId, @Bind("academy") String academy);
}
