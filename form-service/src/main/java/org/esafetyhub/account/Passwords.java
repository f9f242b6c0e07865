package org.esafetyhub.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.esafetyhub.limits.Busy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Staff passwords: Argon2id at OWASP's settings, at least 12 characters, and none of the common ones. Each
 * hash takes 19 MiB of heap, so only so many run at once (see {@link #atOnce}); a hash that cannot start
 * within {@link #WAIT} is refused with {@link Busy} rather than queued, which is how memory ran out (issue 19).
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(MEMORY_KIB, 2, 1, 32, Argon2.ID);
    /** The heap one hash holds while it runs: its memory blocks and a little more. */
    static final long BYTES_PER_HASH = (MEMORY_KIB + 1024) * 1024L;
    static final Duration WAIT = Duration.ofSeconds(2);
    static final int AT_ONCE = atOnce(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
    private static final Semaphore HASHING = new Semaphore(AT_ONCE, true);
    private static final Set<String> COMMON = load();

    private Passwords() {
    }

    /**
     * How many hashes may run at once: those that fit in a quarter of the heap (3 in the 256 MiB the systemd unit
     * gives), and no more than one a core (a hash is one thread's computation: more at once only makes each
     * slower, and leaves no core for the rest of the service).
     */
    static int atOnce(long maxHeapBytes, int cores) {
        return (int) Math.max(1, Math.min(cores, maxHeapBytes / 4 / BYTES_PER_HASH));
    }

    static String hash(String password) {
        return bounded(() -> Password.hash(password).addRandomSalt(16).with(ARGON2).getResult());
    }

    static boolean matches(String password, String hash) {
        return password != null && hash != null && bounded(() -> Password.check(password, hash).with(ARGON2));
    }

    private static <T> T bounded(Supplier<T> hashing) {
        try {
            if (!HASHING.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy("password hashing is at its limit of " + AT_ONCE + " at once", Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy("interrupted while waiting to hash a password", Duration.ofSeconds(5));
        }
        try {
            return hashing.get();
        } finally {
            HASHING.release();
        }
    }

    /** Why a new password will not do, if it will not. */
    static Optional<String> problem(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters: three or four unrelated words make a strong password");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        var name = email == null ? "" : email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || (name.length() >= 4 && lower.contains(name)) || lower.contains("esafety")) {
            return Optional.of("That password is too easy to guess: choose one that is not common and not your name");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (var in = Passwords.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
