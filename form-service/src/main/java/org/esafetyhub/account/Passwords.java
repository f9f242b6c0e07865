package org.esafetyhub.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff passwords: Argon2id at OWASP's settings, at least 12 characters, and none of the common ones. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);
    private static final Set<String> COMMON = load();

    private Passwords() {
    }

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    static boolean matches(String password, String hash) {
        return password != null && hash != null && Password.check(password, hash).with(ARGON2);
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
