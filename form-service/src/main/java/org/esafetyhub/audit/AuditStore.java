package org.esafetyhub.audit;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.stream.Stream;

/** The trail's two tables. Appends go through {@link #claimNext()} first: see {@link AuditTrail#record}. */
@RegisterConstructorMapper(AuditEntry.class)
interface AuditStore {

    String COLUMNS = """
            SELECT seq_no AS sequence, at_millis, actor_id, actor_name, actor_email, academy_slug, report_id,
                   case_reference, action, detail, previous_hash, hash FROM audit_entry""";

    record Head(long lastSequence, String lastHash) {
    }

    /** Takes the head row's lock for the rest of the transaction: concurrent appends wait here, in turn. */
    @SqlUpdate("UPDATE audit_head SET last_sequence = last_sequence + 1 WHERE id = 1")
    int claimNext();

    @SqlQuery("SELECT last_sequence, last_hash FROM audit_head WHERE id = 1")
    @RegisterConstructorMapper(Head.class)
    Head head();

    @SqlUpdate("UPDATE audit_head SET last_hash = :hash WHERE id = 1")
    void moveHeadTo(@Bind("hash") String hash);

    @SqlUpdate("""
            INSERT INTO audit_entry (seq_no, at_millis, actor_id, actor_name, actor_email, academy_slug, report_id,
                                     case_reference, action, detail, previous_hash, hash)
            VALUES (:sequence, :atMillis, :actorId, :actorName, :actorEmail, :academySlug, :reportId,
                    :caseReference, :action, :detail, :previousHash, :hash)""")
    void insert(@BindMethods AuditEntry entry);

    @SqlQuery(COLUMNS + " WHERE case_reference = :reference ORDER BY seq_no")
    List<AuditEntry> ofCase(@Bind("reference") String caseReference);

    @SqlQuery(COLUMNS + " ORDER BY seq_no DESC LIMIT :limit")
    List<AuditEntry> latest(@Bind("limit") int limit);

    @SqlQuery(COLUMNS + " WHERE academy_slug = :academy ORDER BY seq_no DESC LIMIT :limit")
    List<AuditEntry> latestOfAcademy(@Bind("academy") String academySlug, @Bind("limit") int limit);

    @SqlQuery(COLUMNS + " ORDER BY seq_no")
    Stream<AuditEntry> all();
}
