package org.esafetyhub.account;

import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Checks an e-mail and password; five wrong passwords in a row lock the account for fifteen minutes. */
public final class SignIn {

    static final int ATTEMPTS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    private static final String WRONG = "The e-mail address or the password is not right";
    private static final String NOBODY = Passwords.hash("no account has this password, it only spends the same time");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Either the account signed in, or why not, in words for the sign-in page. */
    record Outcome(StaffAccount account, String problem) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public SignIn(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Outcome attempt(String email, String password) {
        var normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        var store = jdbi.onDemand(StaffStore.class);
        var found = store.byEmail(normalised).filter(a -> !a.disabled() && a.passwordHash() != null);
        if (found.isEmpty()) {
            Passwords.matches(String.valueOf(password), NOBODY);
            return new Outcome(null, WRONG);
        }
        var account = found.get();
        long now = clock.millis();
        if (account.lockedUntil() > now) {
            return new Outcome(null, locked(account.lockedUntil()));
        }
        if (!Passwords.matches(password, account.passwordHash())) {
            return new Outcome(null, failed(account, WRONG));
        }
        store.setFailures(account.id(), 0, 0);
        return new Outcome(account, null);
    }

    /** Counts a wrong password or code; the fifth in a row locks the account. The message to show. */
    String failed(StaffAccount account, String wrong) {
        var store = jdbi.onDemand(StaffStore.class);
        int failures = account.failedAttempts() + 1;
        if (failures >= ATTEMPTS) {
            long until = clock.millis() + LOCKOUT.toMillis();
            store.setFailures(account.id(), 0, until);
            return locked(until);
        }
        store.setFailures(account.id(), failures, 0);
        return wrong;
    }

    boolean isLocked(StaffAccount account) {
        return account.lockedUntil() > clock.millis();
    }

    private String locked(long until) {
        return "Too many wrong passwords: this account is locked until " + TIME.format(java.time.Instant.ofEpochMilli(until))
                + ". Try again then, or ask your administrator to reset your password.";
    }
}
