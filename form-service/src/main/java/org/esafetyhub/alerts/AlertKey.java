package org.esafetyhub.alerts;

import org.esafetyhub.crypto.KeyFile;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The AES-256 key reply-alert addresses are encrypted with: the environment variable
 * {@code ESAFETY_ALERT_KEY} (32 bytes as Base64), else the file {@code alert.key} beside the database,
 * made (readable by its owner only) when neither exists. It is never stored in the database. Losing it
 * loses only the alerts still to send: the addresses it sealed can no longer be read.
 */
public final class AlertKey {

    public static final String ENVIRONMENT_VARIABLE = "ESAFETY_ALERT_KEY";
    public static final String FILE_NAME = "alert.key";

    private final AddressCipher cipher;
    private final String notice;

    private AlertKey(AddressCipher cipher, String notice) {
        this.cipher = cipher;
        this.notice = notice;
    }

    /**
     * @param folder      where the key file is kept when the environment gives none (nodes sharing PostgreSQL
     *                    must share one key: give each the same environment variable)
     * @param environment the process's environment ({@code System.getenv()})
     */
    public static AlertKey inFolder(java.nio.file.Path folder, Map<String, String> environment) {
        var key = KeyFile.fromEnvironmentOrFolder(environment, ENVIRONMENT_VARIABLE, folder, FILE_NAME, "the reply-alert key");
        return new AlertKey(new AddressCipher(decoded(key.text(), key.where())), key.made()
                ? "Made a new reply-alert key in " + key.where() + " (readable by its owner only). Back it up apart from the database:"
                + " without it, alerts still waiting cannot be sent."
                : null);
    }

    /** A fixed key of 32 bytes, for tests. */
    public static AlertKey of(byte[] key) {
        return new AlertKey(new AddressCipher(key), null);
    }

    /** Said once at start when the key file was made. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    AddressCipher cipher() {
        return cipher;
    }

    private static byte[] decoded(String text, String where) {
        try {
            var key = Base64.getDecoder().decode(text);
            if (key.length == AddressCipher.KEY_BYTES) {
                return key;
            }
        } catch (IllegalArgumentException e) {
            // answered below, with where the key came from
        }
        throw new IllegalArgumentException(where + ": the reply-alert key must be " + AddressCipher.KEY_BYTES
                + " random bytes in Base64 (make one with: head -c 32 /dev/urandom | base64)");
    }
}
