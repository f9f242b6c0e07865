package org.esafetyhub.training;

import org.esafetyhub.account.AcademyScope;
import org.esafetyhub.account.Role;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.Optional;

/** Staff training completions, and the staff each academy's training matrix lists. */
@RegisterConstructorMapper(TrainingStore.Completion.class)
@RegisterConstructorMapper(TrainingStore.Member.class)
interface TrainingStore {

    /** One completion of the training quiz; {@code completedOn} is the UTC day, yyyy-MM-dd. */
    record Completion(String id, String accountId, String academySlug, String completedOn, int score, int maxScore,
                      boolean passed, String courseVersion) {
    }

    /** A member of staff as the matrix lists them. */
    record Member(String id, String name, String email, Role role, String academySlug) {
    }

    String COMPLETION = "c.id, c.account_id, c.academy_slug, c.completed_on, c.score, c.max_score, c.passed, c.course_version";

    @SqlUpdate("""
            INSERT INTO training_completion (id, account_id, academy_slug, completed_on, score, max_score, passed, course_version)
            VALUES (:id, :accountId, :academySlug, :completedOn, :score, :maxScore, :passed, :courseVersion)""")
    void insert(@BindMethods Completion completion);

    @SqlQuery("SELECT " + COMPLETION + " FROM training_completion c WHERE c.id = :id")
    Optional<Completion> byId(@Bind("id") String id);

    @SqlQuery("SELECT " + COMPLETION + " FROM training_completion c WHERE c.account_id = :accountId ORDER BY c.completed_on DESC, c.id")
    List<Completion> ofAccount(@Bind("accountId") String accountId);

    String MEMBER = "SELECT id, name, email, role, academy_slug FROM staff_account WHERE NOT disabled AND academy_slug IS NOT NULL";
    String OF_MEMBERS = "SELECT " + COMPLETION
            + " FROM training_completion c JOIN staff_account a ON a.id = c.account_id WHERE NOT a.disabled AND a.academy_slug IS NOT NULL";

    @SqlQuery(MEMBER + " AND (:scope.everyAcademy OR academy_slug = :scope.academy) ORDER BY academy_slug, name, email")
    List<Member> members(@BindMethods("scope") AcademyScope scope);

    @SqlQuery(OF_MEMBERS + " AND (:scope.everyAcademy OR a.academy_slug = :scope.academy) ORDER BY c.completed_on DESC, c.id")
    List<Completion> ofMembers(@BindMethods("scope") AcademyScope scope);
}
