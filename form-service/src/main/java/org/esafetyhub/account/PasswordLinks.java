package org.esafetyhub.account;

import org.esafetyhub.trust.Trust;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One-time links to set a password, valid for three days: printed by the command line for a new
 * account or a reset, and by {@code serve} for the first administrator when no account exists.
 */
public final class PasswordLinks {

    static final Duration VALID = Duration.ofDays(3);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Jdbi jdbi;
    private final Secrets secrets;
    private final Clock clock;
    private final String siteUrl;

    public PasswordLinks(Jdbi jdbi, Secrets secrets, Clock clock, Trust trust) {
        this.jdbi = jdbi;
        this.secrets = secrets;
        this.clock = clock;
        this.siteUrl = trust.siteUrl().replaceAll("/+$", "");
    }

    public static PasswordLinks of(Jdbi jdbi, Trust trust, Clock clock) {
        return new PasswordLinks(jdbi, new Secrets(new java.security.SecureRandom()), clock, trust);
    }

    /**
     * A link for an account (null: to create the first administrator). An account's new link ends its older ones
     * (issue 19, finding 4): only the link last printed can set its password.
     */
    String linkFor(String accountId) {
        var token = secrets.token();
        jdbi.useTransaction(handle -> {
            var store = handle.attach(StaffStore.class);
            if (accountId != null) {
                store.deleteTokensOf(accountId);
            }
            store.insertToken(Secrets.sha256(token), accountId, clock.millis() + VALID.toMillis());
        });
        return siteUrl + "/staff/set-password/" + token;
    }

    /**
     * A reset: the old password stops signing in at once (a reset is asked for when it may be known to someone
     * else) and only the new link can set one.
     */
    String resetLinkFor(String accountId) {
        jdbi.useExtension(StaffStore.class, store -> store.clearPassword(accountId));
        return linkFor(accountId);
    }

    /** When nobody can sign in yet: a link to create the first administrator; empty once an account exists. */
    public java.util.Optional<String> firstAdminLink() {
        return jdbi.onDemand(StaffStore.class).count() == 0 ? java.util.Optional.of(linkFor(null)) : java.util.Optional.empty();
    }

    public boolean isFirstAdmin(String token) {
        return jdbi.onDemand(StaffStore.class).token(Secrets.sha256(token)).map(t -> t.accountId() == null).orElse(false);
    }

    /** Sets the password (creating the first administrator if the link is for that); the problems by field, if any. */
    public Map<String, String> use(String token, Map<String, String> form) {
        var errors = new LinkedHashMap<String, String>();
        var hash = Secrets.sha256(token);
        jdbi.useTransaction(handle -> {
            var store = handle.attach(StaffStore.class);
            var link = store.token(hash).filter(t -> t.expiresAt() > clock.millis());
            if (link.isEmpty()) {
                errors.put("password", "This link has expired or was already used: ask your administrator for a new one");
                return;
            }
            boolean firstAdmin = link.get().accountId() == null;
            var email = firstAdmin ? form.get("email").strip().toLowerCase(Locale.ROOT)
                    : store.byId(link.get().accountId()).orElseThrow().email();
            if (firstAdmin && !EMAIL.matcher(email).matches()) {
                errors.put("email", "Enter your e-mail address, like name@school.example.org");
            }
            if (firstAdmin && form.get("name").isBlank()) {
                errors.put("name", "Enter your name");
            }
            Passwords.problem(form.get("password"), email).ifPresent(problem -> errors.put("password", problem));
            if (!errors.containsKey("password") && !form.get("password").equals(form.get("confirm"))) {
                errors.put("confirm", "The two passwords are not the same");
            }
            if (!errors.isEmpty()) {
                return;
            }
            var accountId = link.get().accountId();
            if (firstAdmin) {
                if (store.count() > 0) {
                    errors.put("password", "An administrator already exists: ask them for an account");
                    return;
                }
                accountId = UUID.randomUUID().toString();
                store.insert(StaffAccount.fresh(accountId, email, form.get("name").strip(), Role.ADMIN, null));
            }
            store.setPassword(accountId, Passwords.hash(form.get("password")));
            store.deleteSessionsOf(accountId);
            store.deleteToken(hash);
        });
        return errors;
    }
}
