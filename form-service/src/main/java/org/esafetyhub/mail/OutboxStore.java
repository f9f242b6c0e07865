package org.esafetyhub.mail;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.UUID;

/**
 * The outbox: a mail is queued in the same transaction as what it tells about, and sent later by
 * whichever node claims it first (see V12_1): a claim is one conditional UPDATE, which only one
 * node's can win on either engine, and it runs out if its node dies before sending.
 */
public interface OutboxStore {

    /** @param alertReportId for a reply alert, the report whose encrypted address it goes to (recipient is then empty) */
    record Mail(String id, String recipient, String subject, String body, int attempts, String alertReportId) {
    }

    @SqlUpdate("""
            INSERT INTO outbox (id, recipient, subject, body, attempts, sent)
            VALUES (:id, :recipient, :subject, :body, 0, FALSE)""")
    void insert(@Bind("id") String id, @Bind("recipient") String recipient, @Bind("subject") String subject,
                @Bind("body") String body);

    default void enqueue(String recipient, String subject, String body) {
        insert(UUID.randomUUID().toString(), recipient, subject, body);
    }

    @SqlUpdate("""
            INSERT INTO outbox (id, recipient, subject, body, attempts, sent, alert_report_id)
            VALUES (:id, '', :subject, :body, 0, FALSE, :reportId)""")
    void insertAlert(@Bind("id") String id, @Bind("reportId") String reportId, @Bind("subject") String subject,
                     @Bind("body") String body);

    /** A reply alert: the address is looked up (and decrypted) only when it is sent, never copied here. */
    default void enqueueAlert(String reportId, String subject, String body) {
        insertAlert(UUID.randomUUID().toString(), reportId, subject, body);
    }

    /** Mails waiting that no node holds a live claim on. */
    @SqlQuery("""
            SELECT id, recipient, subject, body, attempts, alert_report_id FROM outbox
            WHERE NOT sent AND claimed_until < :now ORDER BY attempts LIMIT 50""")
    @RegisterConstructorMapper(Mail.class)
    List<Mail> unclaimed(@Bind("now") long now);

    /** True when this node now holds the mail until the given time; false when another node took it first. */
    @SqlUpdate("""
            UPDATE outbox SET claimed_by = :node, claimed_until = :until
            WHERE id = :id AND NOT sent AND claimed_until < :now""")
    boolean claim(@Bind("id") String id, @Bind("node") String node, @Bind("now") long now, @Bind("until") long until);

    /** A reply alert whose address is gone: there is no one to send it to. */
    @SqlUpdate("DELETE FROM outbox WHERE id = :id")
    void drop(@Bind("id") String id);

    @SqlUpdate("""
            UPDATE outbox SET sent = TRUE, attempts = attempts + 1, last_error = NULL, claimed_by = NULL, claimed_until = 0
            WHERE id = :id AND claimed_by = :node""")
    void markSent(@Bind("id") String id, @Bind("node") String node);

    @SqlUpdate("""
            UPDATE outbox SET attempts = attempts + 1, last_error = :error, claimed_by = NULL, claimed_until = 0
            WHERE id = :id AND claimed_by = :node""")
    void markFailed(@Bind("id") String id, @Bind("node") String node, @Bind("error") String error);
}
