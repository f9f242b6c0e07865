package org.esafetyhub.account;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import java.util.Optional;

/** Staff accounts, one-time password links and sessions. */
@RegisterConstructorMapper(StaffAccount.class)
public interface StaffStore {

    String ACCOUNT = """
            id, email, name, role, academy_slug, password_hash, disabled, failed_attempts, locked_until,
            totp_secret, totp_enrolled, totp_last_step""";

    record Token(String accountId, long expiresAt) {
    }

    record Session(String accountId, String csrfToken, long lastSeenAt, long expiresAt, boolean secondFactorDone) {
    }

    @SqlUpdate("""
            INSERT INTO staff_account (id, email, name, role, academy_slug, password_hash, disabled, failed_attempts, locked_until)
            VALUES (:id, :email, :name, :role, :academySlug, NULL, FALSE, 0, 0)""")
    void insert(@BindMethods StaffAccount account);

    @SqlQuery("SELECT " + ACCOUNT + " FROM staff_account WHERE email = :email")
    Optional<StaffAccount> byEmail(@Bind("email") String email);

    @SqlQuery("SELECT " + ACCOUNT + " FROM staff_account WHERE id = :id")
    Optional<StaffAccount> byId(@Bind("id") String id);

    @SqlQuery("SELECT COUNT(*) FROM staff_account")
    int count();

    @SqlUpdate("UPDATE staff_account SET password_hash = :hash, failed_attempts = 0, locked_until = 0 WHERE id = :id")
    void setPassword(@Bind("id") String id, @Bind("hash") String hash);

    /** One more failure, counted from the row as it is now (not a copy read earlier), so failures at once all count. */
    @SqlUpdate("""
            UPDATE staff_account SET
                failed_attempts = CASE WHEN failed_attempts + 1 >= :attempts THEN 0 ELSE failed_attempts + 1 END,
                locked_until = CASE WHEN failed_attempts + 1 >= :attempts THEN :until ELSE locked_until END
            WHERE id = :id""")
    void countFailure(@Bind("id") String id, @Bind("attempts") int attempts, @Bind("until") long lockedUntil);

    /** After a reset the old password no longer signs in, whether or not the new link is ever used. */
    @SqlUpdate("UPDATE staff_account SET password_hash = NULL WHERE id = :id")
    void clearPassword(@Bind("id") String id);


    @SqlUpdate("UPDATE staff_account SET disabled = TRUE WHERE id = :id")
    void disable(@Bind("id") String id);

    @SqlUpdate("INSERT INTO staff_password_token (token_hash, account_id, expires_at) VALUES (:hash, :accountId, :expiresAt)")
    void insertToken(@Bind("hash") String hash, @Bind("accountId") String accountId, @Bind("expiresAt") long expiresAt);

    @SqlQuery("SELECT account_id, expires_at FROM staff_password_token WHERE token_hash = :hash")
    @RegisterConstructorMapper(Token.class)
    Optional<Token> token(@Bind("hash") String hash);

    @SqlUpdate("DELETE FROM staff_password_token WHERE token_hash = :hash")
    void deleteToken(@Bind("hash") String hash);

    @SqlUpdate("DELETE FROM staff_password_token WHERE account_id = :accountId")
    void deleteTokensOf(@Bind("accountId") String accountId);

    @SqlUpdate("""
            INSERT INTO staff_session (token_hash, account_id, csrf_token, last_seen_at, expires_at, second_factor_done)
            VALUES (:hash, :accountId, :csrf, :now, :expiresAt, :done)""")
    void insertSession(@Bind("hash") String hash, @Bind("accountId") String accountId, @Bind("csrf") String csrf,
                       @Bind("now") long now, @Bind("expiresAt") long expiresAt, @Bind("done") boolean secondFactorDone);

    @SqlUpdate("UPDATE staff_session SET second_factor_done = TRUE WHERE token_hash = :hash")
    void completeSecondFactor(@Bind("hash") String hash);

    @SqlUpdate("UPDATE staff_account SET totp_secret = :secret WHERE id = :id AND NOT totp_enrolled")
    void beginTotp(@Bind("id") String id, @Bind("secret") String secret);

    @SqlUpdate("UPDATE staff_account SET totp_enrolled = TRUE, totp_last_step = :step, failed_attempts = 0 WHERE id = :id")
    void useTotpStep(@Bind("id") String id, @Bind("step") long step);

    @SqlQuery("SELECT account_id, csrf_token, last_seen_at, expires_at, second_factor_done FROM staff_session WHERE token_hash = :hash")
    @RegisterConstructorMapper(Session.class)
    Optional<Session> session(@Bind("hash") String hash);

    @SqlUpdate("UPDATE staff_session SET last_seen_at = :now WHERE token_hash = :hash")
    void touch(@Bind("hash") String hash, @Bind("now") long now);

    @SqlUpdate("DELETE FROM staff_session WHERE token_hash = :hash")
    void deleteSession(@Bind("hash") String hash);

    @SqlUpdate("DELETE FROM staff_session WHERE account_id = :accountId")
    void deleteSessionsOf(@Bind("accountId") String accountId);
}
