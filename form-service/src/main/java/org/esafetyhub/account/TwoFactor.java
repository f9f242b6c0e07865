package org.esafetyhub.account;

import org.esafetyhub.trust.Trust;
import org.jdbi.v3.core.Jdbi;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The second step of signing in: a code from an authenticator app. An account enrols the first time
 * (a QR code of a new secret, confirmed with a code); it must when the trust file requires it for
 * staff who see cases, and anyone may.
 */
public final class TwoFactor {

    private final Jdbi jdbi;
    private final SecureRandom random;
    private final Clock clock;
    private final Trust trust;
    private final SignIn signIn;

    public TwoFactor(Jdbi jdbi, SecureRandom random, Clock clock, Trust trust, SignIn signIn) {
        this.jdbi = jdbi;
        this.random = random;
        this.clock = clock;
        this.trust = trust;
        this.signIn = signIn;
    }

    /** The password check this second factor follows. */
    SignIn signIn() {
        return signIn;
    }

    public boolean needed(StaffAccount account) {
        return account.totpEnrolled() || (trust.requireTwoFactor() && account.role().twoFactorWhenRequired());
    }

    /** What the two-factor page shows: a code field, and for enrolment the QR code and the secret to type in. */
    public Map<String, Object> page(StaffAccount account) {
        var values = new HashMap<String, Object>();
        values.put("enrolling", !account.totpEnrolled());
        if (!account.totpEnrolled()) {
            var secret = account.totpSecret();
            if (secret == null) {
                secret = Totp.newSecret(random);
                var chosen = secret;
                jdbi.useExtension(StaffStore.class, store -> store.beginTotp(account.id(), chosen));
            }
            var qr = QrCode.of(Totp.uri("eSafety Hub (" + trust.name() + ")", account.email(), secret));
            values.put("qrSize", qr.size());
            values.put("qrPath", qr.path());
            values.put("secret", secret.replaceAll("(.{4})", "$1 ").strip());
        }
        return values;
    }

    /** Checks a code; empty when right (the step is then used up), else the message to show. */
    public String check(StaffAccount account, String code) {
        if (signIn.isLocked(account)) {
            return "Too many wrong codes: ask your administrator to reset your password";
        }
        var step = Totp.verify(account.totpSecret(), code, clock.instant().getEpochSecond(), account.totpLastStep());
        if (account.totpSecret() == null || step.isEmpty()) {
            return signIn.failed(account, "That code is not right: enter the 6 digits your app shows now");
        }
        jdbi.useExtension(StaffStore.class, store -> store.useTotpStep(account.id(), step.getAsLong()));
        return "";
    }
}
