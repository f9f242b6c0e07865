package org.esafetyhub.account;

import org.esafetyhub.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Random tokens (256 bits, URL-safe) for sessions, CSRF and one-time links; only their SHA-256 is stored. */
public final class Secrets {

    private final SecureRandom random;

    public Secrets(SecureRandom random) {
        this.random = random;
    }

    String token() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        return Sha256.hex(token);
    }

    /** Compares in time that does not depend on where the strings differ. */
    public static boolean same(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
