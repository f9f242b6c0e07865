package org.esafetyhub.cases;

import org.esafetyhub.account.Role;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * What staff do on a case: status, checklist, assignment and internal notes. Every change names the
 * case's academy as well as its id, so a change can only land on a case of that academy.
 */
public interface CaseWorkStore {

    DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** One item of a case's checklist; {@code recordedAt} is epoch millis (null while open). */
    record Action(String number, String section, String label, String who, String state, String note,
                  String recordedBy, Long recordedAt) {
        public boolean open() {
            return "OPEN".equals(state);
        }

        /** When it was recorded, to the minute (UTC), for the page. */
        public String when() {
            return recordedAt == null ? "" : WHEN.format(Instant.ofEpochMilli(recordedAt));
        }

        public String fieldId() {
            return number.replace('.', '-');
        }

        /** An item of the support plan (section 8), which does not hold up closing. */
        public boolean support() {
            return org.esafetyhub.policy.Policy.SUPPORT_SECTION.equals(section);
        }
    }

    record NewAction(String reportId, String number, String section, int position, String label, String who) {
    }

    record Work(String assignedTo, String assignedName, String triagedMinute, String closedMinute, String outcome,
                String outcomeNote) {
    }

    record Note(String author, String body, long writtenAt) {
        public String when() {
            return WHEN.format(Instant.ofEpochMilli(writtenAt));
        }
    }

    record Assignee(String id, String name, Role role) {
    }

    @SqlQuery("""
            SELECT r.assigned_to, s.name AS assigned_name, r.triaged_minute, r.closed_minute, r.outcome, r.outcome_note
            FROM report r LEFT JOIN staff_account s ON s.id = r.assigned_to WHERE r.id = :id""")
    @RegisterConstructorMapper(Work.class)
    Optional<Work> work(@Bind("id") String reportId);

    @SqlQuery("""
            SELECT a.number, a.section, a.label, a.who, a.state, a.note, s.name AS recorded_by, a.recorded_at
            FROM case_action a LEFT JOIN staff_account s ON s.id = a.recorded_by
            WHERE a.report_id = :id ORDER BY a.position""")
    @RegisterConstructorMapper(Action.class)
    List<Action> actions(@Bind("id") String reportId);

    @SqlBatch("""
            INSERT INTO case_action (report_id, number, section, position, label, who, state)
            SELECT :reportId, :number, :section, :position, :label, :who, 'OPEN' FROM report
            WHERE id = :reportId AND academy_slug = :academy
              AND NOT EXISTS (SELECT 1 FROM case_action WHERE report_id = :reportId AND number = :number)""")
    void addActions(@BindMethods List<NewAction> actions, @Bind("academy") String academy);

    @SqlUpdate("""
            UPDATE report SET status = 'TRIAGED', triaged_minute = :minute
            WHERE id = :id AND academy_slug = :academy AND status = 'RECEIVED'""")
    int triage(@Bind("id") String reportId, @Bind("academy") String academy, @Bind("minute") String minute);

    @SqlUpdate("""
            UPDATE case_action SET state = :state, note = :note, recorded_by = :by, recorded_at = :at
            WHERE report_id = :id AND number = :number AND state = 'OPEN'
              AND EXISTS (SELECT 1 FROM report WHERE id = :id AND academy_slug = :academy AND status <> 'CLOSED')""")
    int record(@Bind("id") String reportId, @Bind("academy") String academy, @Bind("number") String number,
               @Bind("state") String state, @Bind("note") String note, @Bind("by") String staffId, @Bind("at") long at);

    /** The first action done moves a triaged case on: the reporter then reads "Action taken". */
    @SqlUpdate("UPDATE report SET status = 'IN_PROGRESS' WHERE id = :id AND academy_slug = :academy AND status = 'TRIAGED'")
    int actionTaken(@Bind("id") String reportId, @Bind("academy") String academy);

    /** Closes only a triaged case none of whose required actions is still open (support items may be); 0 rows otherwise. */
    @SqlUpdate("""
            UPDATE report SET status = 'CLOSED', closed_minute = :minute, outcome = :outcome, outcome_note = :note
            WHERE id = :id AND academy_slug = :academy AND status IN ('TRIAGED', 'IN_PROGRESS')
              AND NOT EXISTS (SELECT 1 FROM case_action WHERE report_id = :id AND state = 'OPEN' AND section <> '8')""")
    int close(@Bind("id") String reportId, @Bind("academy") String academy, @Bind("minute") String minute,
              @Bind("outcome") String outcome, @Bind("note") String note);

    @SqlQuery("""
            SELECT id, name, role FROM staff_account
            WHERE academy_slug = :academy AND role IN ('DSL', 'PRINCIPAL') AND NOT disabled ORDER BY name, id""")
    @RegisterConstructorMapper(Assignee.class)
    List<Assignee> assignees(@Bind("academy") String academy);

    @SqlUpdate("""
            UPDATE report SET assigned_to = :staff WHERE id = :id AND academy_slug = :academy
              AND EXISTS (SELECT 1 FROM staff_account s WHERE s.id = :staff AND s.academy_slug = :academy
                          AND s.role IN ('DSL', 'PRINCIPAL') AND NOT s.disabled)""")
    int assign(@Bind("id") String reportId, @Bind("academy") String academy, @Bind("staff") String staffId);

    @SqlUpdate("""
            INSERT INTO case_note (id, report_id, author_id, body, written_at)
            SELECT :noteId, id, :author, :body, :at FROM report WHERE id = :id AND academy_slug = :academy""")
    int addNote(@Bind("noteId") String noteId, @Bind("id") String reportId, @Bind("academy") String academy,
                @Bind("author") String staffId, @Bind("body") String body, @Bind("at") long at);

    @SqlQuery("""
            SELECT s.name AS author, n.body, n.written_at FROM case_note n JOIN staff_account s ON s.id = n.author_id
            WHERE n.report_id = :id ORDER BY n.written_at, n.id""")
    @RegisterConstructorMapper(Note.class)
    List<Note> notes(@Bind("id") String reportId);
}
