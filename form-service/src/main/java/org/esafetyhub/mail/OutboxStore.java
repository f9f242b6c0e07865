package org.esafetyhub.mail;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.List;
import java.util.UUID;

/** The outbox: a mail is queued in the same transaction as what it tells about, and sent later. */
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

    @SqlQuery("SELECT id, recipient, subject, body, attempts, alert_report_id FROM outbox WHERE NOT sent ORDER BY attempts LIMIT 50")
    @RegisterConstructorMapper(Mail.class)
    List<Mail> unsent();

    @SqlUpdate("UPDATE outbox SET sent = TRUE, attempts = attempts + 1, last_error = NULL WHERE id = :id")
    void markSent(@Bind("id") String id);

    /** A reply alert whose address is gone: there is no one to send it to. */
    @SqlUpdate("DELETE FROM outbox WHERE id = :id")
    void drop(@Bind("id") String id);

    @SqlUpdate("UPDATE outbox SET attempts = attempts + 1, last_error = :error WHERE id = :id")
    void markFailed(@Bind("id") String id, @Bind("error") String error);
}
