package org.esafetyhub.evidence;

import org.esafetyhub.crypto.Sha256;
import org.esafetyhub.crypto.KeyFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The AES-256 key that wraps each evidence file's own data key: the environment variable
 * {@code ESAFETY_EVIDENCE_KEY} (32 bytes as Base64), else the file {@code evidence.key} in the service's local
 * folder (beside an SQLite database; {@code data/} on PostgreSQL), made (readable by its owner only) when neither
 * exists. It is never stored in the database, so a copy of the database or of its backups shows no evidence.
 * Nodes sharing PostgreSQL must share one key: give each the same {@code ESAFETY_EVIDENCE_KEY}. Losing it loses
 * every evidence file; keep it backed up apart from the database.
 */
public final class EvidenceKey {

    public static final String ENVIRONMENT_VARIABLE = "ESAFETY_EVIDENCE_KEY";
    public static final String FILE_NAME = "evidence.key";
    static final int KEY_BYTES = 32;

    private final byte[] key;
    private final String notice;

    private EvidenceKey(byte[] key, String notice) {
        this.key = key;
        this.notice = notice;
    }

    /**
     * @param folder      where the key file is kept when the environment gives none
     * @param environment the process's environment ({@code System.getenv()})
     */
    public static EvidenceKey inFolder(Path folder, Map<String, String> environment) {
        var fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new EvidenceKey(decoded(fromEnvironment.strip(), ENVIRONMENT_VARIABLE), null);
        }
        var file = KeyFile.file(folder, FILE_NAME);
        var key = KeyFile.readOrMake(folder, FILE_NAME, "the evidence key");
        return new EvidenceKey(decoded(key.text(), file.toString()), key.made()
                ? "Made a new evidence key in " + file + " (readable by its owner only). Back it up apart from the database:"
                + " without it, no evidence file can be opened."
                : null);
    }

    /** A key from its Base64 text, as the environment or a key file gives it. */
    static EvidenceKey of(String base64, String where) {
        return new EvidenceKey(decoded(base64.strip(), where), null);
    }

    /** A fixed key of 32 bytes, for tests. */
    public static EvidenceKey of(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key is " + KEY_BYTES + " bytes, not " + key.length);
        }
        return new EvidenceKey(key.clone(), null);
    }

    /** Said once at start when the key file was made. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    byte[] bytes() {
        return key.clone();
    }

    /** A short name of this key that tells it apart from others without giving anything of it away. */
    public String id() {
        var digest = Sha256.digest();
        digest.update("eSafety Hub evidence key id\0".getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(key), 0, 8);
    }

    private static byte[] decoded(String text, String where) {
        try {
            var key = Base64.getDecoder().decode(text);
            if (key.length == KEY_BYTES) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // answered below, with where the key came from
        }
        throw new IllegalArgumentException(where + ": the evidence key must be " + KEY_BYTES
                + " random bytes in Base64 (make one with: head -c 32 /dev/urandom | base64)");
    }
}
