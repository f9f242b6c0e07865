package org.esafetyhub.alerts;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

/** The one encrypted reply-alert address a report may have, and the alerts waiting for it in the outbox. */
interface ReplyAlertStore {

    @SqlUpdate("INSERT INTO reply_alert (report_id, nonce, ciphertext) VALUES (:reportId, :nonce, :ciphertext)")
    void insert(@Bind("reportId") String reportId, @Bind("nonce") String nonce, @Bind("ciphertext") String ciphertext);

    @SqlQuery("SELECT nonce, ciphertext FROM reply_alert WHERE report_id = :reportId")
    @RegisterConstructorMapper(AddressCipher.Sealed.class)
    Optional<AddressCipher.Sealed> find(@Bind("reportId") String reportId);

    /** Takes the report's alert for this hour: 1 when no alert went in the hour before {@code now}, else 0 (and nothing changes). */
    @SqlUpdate("""
            UPDATE reply_alert SET last_alert_at = :now
            WHERE report_id = :reportId AND (last_alert_at IS NULL OR last_alert_at <= :hourAgo)""")
    int takeAlert(@Bind("reportId") String reportId, @Bind("now") long now, @Bind("hourAgo") long hourAgo);

    @SqlUpdate("DELETE FROM reply_alert WHERE report_id = :reportId")
    int delete(@Bind("reportId") String reportId);

    @SqlUpdate("DELETE FROM outbox WHERE alert_report_id = :reportId")
    int deleteAlertMails(@Bind("reportId") String reportId);
}
