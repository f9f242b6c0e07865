package org.esafetyhub.report;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Follow-up codes as reports made before keyed hashing kept them: Argon2id (8 MiB, 2 passes, one lane).
 * Only checked now, never made, so that those reporters' codes keep working; they cannot be
 * rewritten, as the codes themselves were never kept.
 */
final class Argon2Codes {

    static final String PREFIX = "$argon2";

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(8 * 1024, 2, 1, 32, Argon2.ID);
    /**
     * Hashes at once, at most one a core: each holds 8 MiB while it runs, and a burst of reports with
     * pictures hashing all together filled the 256 MB heap (a full GC under 16 at once) without
     * finishing any sooner, since the hash is all CPU.
     */
    private static final Semaphore HASHING = new Semaphore(Runtime.getRuntime().availableProcessors());

    private Argon2Codes() {
    }

    /** How such a value was made; for tests that hold a report from before. */
    static String hash(String followUpCode) {
        return oneCoreEach(() -> Password.hash(Codes.normalise(followUpCode)).addRandomSalt(16).with(ARGON2).getResult());
    }

    static boolean matches(String typed, String stored) {
        return oneCoreEach(() -> Password.check(Codes.normalise(typed), stored).with(ARGON2));
    }

    private static <T> T oneCoreEach(Supplier<T> hashing) {
        HASHING.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            HASHING.release();
        }
    }
}
