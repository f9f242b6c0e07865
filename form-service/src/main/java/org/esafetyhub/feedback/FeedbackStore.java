package org.esafetyhub.feedback;

import org.esafetyhub.account.AcademyScope;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Comments on the codes of conduct; staff read those of their academy and the trust's, or all of them. */
public interface FeedbackStore {

    /** @param consideredAt epoch millis, null until someone marks it considered */
    record Comment(String id, String documentUrl, String academySlug, String writer, String body, String receivedDay,
                   String consideredBy, Long consideredAt) {
        public String consideredWhen() {
            return consideredAt == null ? ""
                    : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(Instant.ofEpochMilli(consideredAt));
        }
    }

    @SqlUpdate("""
            INSERT INTO code_feedback (id, document_url, academy_slug, writer, body, received_day)
            VALUES (:id, :document, :academy, :writer, :body, :day)""")
    void add(@Bind("id") String id, @Bind("document") String documentUrl, @Bind("academy") String academySlug,
             @Bind("writer") String writer, @Bind("body") String body, @Bind("day") String day);

    /** The scope's comments and the trust-wide ones (no academy). */
    @SqlQuery("""
            SELECT f.id, f.document_url, f.academy_slug, f.writer, f.body, f.received_day, s.name AS considered_by, f.considered_at
            FROM code_feedback f LEFT JOIN staff_account s ON s.id = f.considered_by
            WHERE :scope.everyAcademy OR f.academy_slug IS NULL OR f.academy_slug = :scope.academy
            ORDER BY f.document_url, f.received_day DESC, f.id""")
    @RegisterConstructorMapper(Comment.class)
    List<Comment> comments(@BindMethods("scope") AcademyScope scope);

    /** Marks a comment considered, once; 0 rows when it is not one this member of staff may read or it already is. */
    @SqlUpdate("""
            UPDATE code_feedback SET considered_by = :staff, considered_at = :at
            WHERE id = :id AND considered_by IS NULL
              AND (:scope.everyAcademy OR academy_slug IS NULL OR academy_slug = :scope.academy)""")
    int consider(@Bind("id") String id, @BindMethods("scope") AcademyScope scope, @Bind("staff") String staffId, @Bind("at") long at);

    @SqlQuery("""
            SELECT COUNT(*) FROM code_feedback
            WHERE id = :id AND (:scope.everyAcademy OR academy_slug IS NULL OR academy_slug = :scope.academy)""")
    int visible(@Bind("id") String id, @BindMethods("scope") AcademyScope scope);
}
