package org.esafetyhub.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The PostgreSQL user and password: from the environment ({@code ESAFETY_DB_USER},
 * {@code ESAFETY_DB_PASSWORD}) or a password file readable by its owner only
 * ({@code ESAFETY_DB_PASSWORD_FILE}), never from the trust file. Never printed.
 */
record Credentials(String user, String password) {

    static final String USER = "ESAFETY_DB_USER";
    static final String PASSWORD = "ESAFETY_DB_PASSWORD";
    static final String PASSWORD_FILE = "ESAFETY_DB_PASSWORD_FILE";

    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    static Credentials from(Map<String, String> environment) {
        var user = environment.get(USER);
        var password = environment.get(PASSWORD);
        var file = environment.get(PASSWORD_FILE);
        if (file != null && !file.isBlank()) {
            password = readOwnerOnly(Path.of(file));
        }
        return new Credentials(blankAsNull(user), password);
    }

    private static String readOwnerOnly(Path file) {
        try {
            var permissions = Files.getPosixFilePermissions(file);
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new IllegalStateException(PASSWORD_FILE + " " + file + " may be read by others than its owner:"
                        + " chmod 600 it (and chown it to the service's user)");
            }
            return Files.readString(file).strip();
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException(PASSWORD_FILE + " " + file + ": its permissions cannot be checked here", e);
        } catch (IOException e) {
            throw new UncheckedIOException(PASSWORD_FILE + " " + file + " cannot be read", e);
        }
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=" + (password == null ? "none" : "(hidden)") + "]";
    }
}
