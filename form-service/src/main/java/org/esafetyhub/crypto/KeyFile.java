package org.esafetyhub.crypto;

import org.esafetyhub.db.PrivateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * A secret kept in a file in the service's local folder (beside an SQLite database; never in the database): 32 random bytes as Base64 text, made
 * readable by its owner only when it does not exist yet.
 */
public final class KeyFile {

    /** The key's text, and whether this start made the file (which is then said once). */
    public record Key(String text, boolean made) {
    }

    /** A key's text, where it came from (the variable's name or the file's path, for messages), and whether it was made now. */
    public record Source(String text, String where, boolean made) {
    }

    private KeyFile() {
    }

    /** @param what names the key in an error, such as "the receipt key" */
    public static Key readOrMake(Path folder, String fileName, String what) {
        var file = file(folder, fileName);
        try {
            if (Files.isRegularFile(file)) {
                return new Key(Files.readString(file).strip(), false);
            }
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            var made = Base64.getEncoder().encodeToString(bytes);
            write(file, made);
            return new Key(made, true);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " " + file + " cannot be read or made", e);
        }
    }

    /**
     * The pattern of every key of the service: the environment variable when it is set (nodes sharing PostgreSQL give
     * each the same), else the key file in the folder, made when missing.
     *
     * @param what names the key in an error, such as "the receipt key"
     */
    public static Source fromEnvironmentOrFolder(Map<String, String> environment, String variable, Path folder, String fileName,
                                                 String what) {
        var fromEnvironment = environment.get(variable);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new Source(fromEnvironment.strip(), variable, false);
        }
        var key = readOrMake(folder, fileName, what);
        return new Source(key.text(), file(folder, fileName).toString(), key.made());
    }

    /** Where the key file is in the folder. */
    public static Path file(Path folder, String fileName) {
        return folder.toAbsolutePath().resolve(fileName);
    }

    private static void write(Path file, String key) throws IOException {
        if (!PrivateFiles.file(file)) {
            throw new IOException("made by someone else meanwhile");
        }
        Files.writeString(file, key + "\n");
    }
}
