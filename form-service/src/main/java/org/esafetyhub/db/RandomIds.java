package org.esafetyhub.db;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Random version-4 UUIDs, as unguessable as {@link UUID#randomUUID()}, for ids made on every request.
 * {@code UUID.randomUUID()} draws from one SecureRandom shared by the whole JVM (NativePRNG, behind two
 * locks): under load the request threads queued for it and spun on its monitor, most of a request's
 * CPU (see docs/performance.md). Here each thread draws from a DRBG of its own, seeded from the system.
 */
public final class RandomIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RandomIds::drbg);

    private RandomIds() {
    }

    public static String uuid() {
        var bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40); // version 4
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80); // IETF variant
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(high, low).toString();
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no DRBG SecureRandom", e);
        }
    }
}
