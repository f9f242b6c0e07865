package org.esafetyhub.account;

import io.javalin.http.Context;
import org.esafetyhub.limits.ClientKey;
import org.esafetyhub.limits.RateLimiter;
import org.esafetyhub.limits.RateLimits;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Checks an e-mail and password. Wrong passwords are limited, by e-mail address whether or not an account has
 * it, so a limit says nothing about who has an account: five from one client for one address refuse that client
 * for that address a while; thirty from one client refuse it for any address; a hundred from anywhere refuse
 * everyone for that address until the hour is out. No one's wrong passwords lock anyone else out for long, and
 * after the window the right password works again (docs/security.md, "Sign-in and passwords"). Five wrong
 * authenticator codes, which only someone with the password can send, lock the account for fifteen minutes.
 */
public final class SignIn {

    static final int ATTEMPTS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final int PER_ADDRESS_AND_CLIENT = 5;
    static final int PER_CLIENT = 30;
    static final int PER_ADDRESS = 100;
    /** The longest window of the limits: what Retry-After says. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final String WRONG = "The e-mail address or the password is not right";
    static final String TOO_MANY = "There have been too many wrong attempts to sign in with this e-mail address or from here."
            + " Wait 15 minutes and try again, or ask your administrator to reset your password.";
    private static final String NOBODY = Passwords.hash("no account has this password, it only spends the same time");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** Either the account signed in, or why not, in words for the sign-in page; {@code tooMany}: refused by a limit. */
    record Outcome(StaffAccount account, String problem, boolean tooMany) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final RateLimiter byAddressAndClient;
    private final RateLimiter byClient;
    private final RateLimiter byAddress;
    private final ClientKey clients;

    /** @param clients who a sign-in is from, for its limits */
    public SignIn(Jdbi jdbi, Clock clock, RateLimits limits, ClientKey clients) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.clients = clients;
        this.byAddressAndClient = limits.limiter("sign-in-address-client", PER_ADDRESS_AND_CLIENT, WINDOW);
        this.byClient = limits.limiter("sign-in-client", PER_CLIENT, WINDOW);
        this.byAddress = limits.limiter("sign-in-address", PER_ADDRESS, Duration.ofHours(1));
    }

    /** Who the request is from, as the limits count them. */
    String clientOf(Context ctx) {
        return clients.of(ctx);
    }

    /** Whether this client may try at all: asked before the request's body is read. */
    boolean clientMayTry(String client) {
        return byClient.hasRoom(client);
    }

    /**
     * @param client who is asking, as {@code limits/ClientKey} tells
     */
    public Outcome attempt(String email, String password, String client) {
        var address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        var pair = address + "\n" + client;
        // refused before the account is looked up or a password hashed: the same answer, as fast, for every address
        if (!byAddressAndClient.hasRoom(pair) || !byClient.hasRoom(client) || !byAddress.hasRoom(address)) {
            return new Outcome(null, TOO_MANY, true);
        }
        var found = jdbi.onDemand(StaffStore.class).byEmail(address).filter(a -> !a.disabled() && a.passwordHash() != null);
        boolean right = Passwords.matches(String.valueOf(password), found.map(StaffAccount::passwordHash).orElse(NOBODY));
        if (found.isEmpty() || !right) {
            boolean refusedNow = !byAddressAndClient.allow(pair) | !byClient.allow(client) | !byAddress.allow(address);
            boolean spent = refusedNow || !byAddressAndClient.hasRoom(pair) || !byClient.hasRoom(client) || !byAddress.hasRoom(address);
            return new Outcome(null, spent ? TOO_MANY : WRONG, spent);
        }
        var account = found.get();
        if (isLocked(account)) {
            // only someone with the password learns of a lock, which only wrong authenticator codes set
            return new Outcome(null, locked(account.lockedUntil()), false);
        }
        return new Outcome(account, null, false);
    }

    /**
     * Counts a wrong authenticator code, in one statement so that codes sent at once are each counted; the
     * fifth in a row locks the account. The message to show.
     */
    String failed(StaffAccount account, String wrong) {
        long until = clock.millis() + LOCKOUT.toMillis();
        var store = jdbi.onDemand(StaffStore.class);
        store.countFailure(account.id(), ATTEMPTS, until);
        var lockedUntil = store.byId(account.id()).map(StaffAccount::lockedUntil).orElse(0L);
        return lockedUntil > clock.millis() ? locked(lockedUntil) : wrong;
    }

    boolean isLocked(StaffAccount account) {
        return account.lockedUntil() > clock.millis();
    }

    private String locked(long until) {
        return "Too many wrong codes: this account is locked until " + TIME.format(Instant.ofEpochMilli(until))
                + ". Try again then, or ask your administrator to reset your password.";
    }
}
