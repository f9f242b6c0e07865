package org.esafetyhub.account;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Staff sessions, kept in the database so every node sees a sign-in, a sign-out or a lockout. The
 * cookie holds a random token (only its hash is stored), is HttpOnly and SameSite=Strict, is sent
 * only under /staff, and is Secure when the request came over TLS.
 */
public final class StaffSessions {

    public static final String COOKIE = "esafety_staff";
    static final Duration IDLE = Duration.ofMinutes(30);
    static final Duration LONGEST = Duration.ofHours(12);

    /** Who is signed in, the token their forms must carry, and whether their second factor is done. */
    public record SignedIn(StaffAccount account, String csrfToken, boolean secondFactorDone) {

        /** Which academies this request may see: every scoped store is given this, never the account's fields. */
        public AcademyScope scope() {
            return AcademyScope.of(account);
        }
    }

    private static final String SIGNED_IN = "staff.signedIn";

    private final Jdbi jdbi;
    private final Secrets secrets;
    private final Clock clock;

    public StaffSessions(Jdbi jdbi, Secrets secrets, Clock clock) {
        this.jdbi = jdbi;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** Who is signed in on this request: set by the staff area's guard before any staff page's handler runs. */
    public static SignedIn signedIn(Context ctx) {
        return ctx.attribute(SIGNED_IN);
    }

    public static void remember(Context ctx, SignedIn signedIn) {
        ctx.attribute(SIGNED_IN, signedIn);
    }

    public void start(Context ctx, StaffAccount account, boolean secondFactorDone) {
        var token = secrets.token();
        long now = clock.millis();
        jdbi.useExtension(StaffStore.class, store -> store.insertSession(Secrets.sha256(token), account.id(),
                secrets.token(), now, now + LONGEST.toMillis(), secondFactorDone));
        ctx.cookie(new Cookie(COOKIE, token, "/staff", -1, "https".equals(ctx.scheme()), true, null, SameSite.STRICT));
    }

    public Optional<SignedIn> current(Context ctx) {
        var token = ctx.cookie(COOKIE);
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        var hash = Secrets.sha256(token);
        long now = clock.millis();
        return jdbi.inTransaction(handle -> {
            var store = handle.attach(StaffStore.class);
            var session = store.session(hash);
            if (session.isEmpty() || session.get().expiresAt() < now || session.get().lastSeenAt() + IDLE.toMillis() < now) {
                session.ifPresent(s -> store.deleteSession(hash));
                return Optional.<SignedIn>empty();
            }
            var account = store.byId(session.get().accountId()).filter(a -> !a.disabled());
            if (account.isEmpty()) {
                store.deleteSession(hash);
                return Optional.<SignedIn>empty();
            }
            if (now - session.get().lastSeenAt() > 60_000) {
                store.touch(hash, now);
            }
            return Optional.of(new SignedIn(account.get(), session.get().csrfToken(), session.get().secondFactorDone()));
        });
    }

    public void completeSecondFactor(Context ctx) {
        jdbi.useExtension(StaffStore.class, store -> store.completeSecondFactor(Secrets.sha256(ctx.cookie(COOKIE))));
    }

    public void end(Context ctx) {
        var token = ctx.cookie(COOKIE);
        if (token != null) {
            jdbi.useExtension(StaffStore.class, store -> store.deleteSession(Secrets.sha256(token)));
        }
        ctx.removeCookie(COOKIE, "/staff");
    }
}
