package org.esafetyhub.report;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.esafetyhub.codes.ReadAloudSymbols;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Case references (CB-7K3M-Q9PX) and follow-up codes (80 bits, shown once), both from an alphabet
 * without 0/O or 1/I so they can be read aloud. A code is kept only as an Argon2id hash: it has
 * 80 bits of chance in it, so modest settings are enough to make a stolen database useless.
 */
final class Codes {

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(8 * 1024, 2, 1, 32, Argon2.ID);
    /**
     * Hashes at once, at most one a core: each holds 8 MiB while it runs, and a burst of reports with
     * pictures hashing all together filled the 256 MB heap (a full GC under 16 at once) without
     * finishing any sooner, since the hash is all CPU.
     */
    private static final Semaphore HASHING = new Semaphore(Runtime.getRuntime().availableProcessors());

    private final ReadAloudSymbols symbols;

    Codes(SecureRandom random) {
        this.symbols = new ReadAloudSymbols(random);
    }

    String reference() {
        return "CB-" + symbols.next(4) + "-" + symbols.next(4);
    }

    /** 16 symbols of 5 bits: 80 bits, written in groups of four. */
    String followUpCode() {
        return symbols.next(4) + "-" + symbols.next(4) + "-" + symbols.next(4) + "-" + symbols.next(4);
    }

    static String hash(String followUpCode) {
        return oneCoreEach(() -> Password.hash(normalise(followUpCode)).addRandomSalt(16).with(ARGON2).getResult());
    }

    static boolean matches(String typed, String hash) {
        return oneCoreEach(() -> Password.check(normalise(typed), hash).with(ARGON2));
    }

    private static <T> T oneCoreEach(Supplier<T> hashing) {
        HASHING.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            HASHING.release();
        }
    }

    /** What someone typed, as it was issued: capitals, no spaces or hyphens. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

}
