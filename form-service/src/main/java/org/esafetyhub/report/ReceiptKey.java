package org.esafetyhub.report;

import org.esafetyhub.crypto.KeyFile;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;

/**
 * The secret receipts' proofs are signed with, and follow-up codes' hashes keyed by: the environment
 * variable {@code ESAFETY_RECEIPT_KEY}, else the file {@code receipt.key} in the service's local folder
 * (beside an SQLite database; {@code data/} on PostgreSQL), which is made (readable by its owner only)
 * when neither exists.
 * Several nodes must share one key: give each the same {@code ESAFETY_RECEIPT_KEY}.
 * Losing it means receipts already given and follow-up codes can no longer be checked.
 */
public final class ReceiptKey {

    public static final String ENVIRONMENT_VARIABLE = "ESAFETY_RECEIPT_KEY";
    public static final String FILE_NAME = "receipt.key";
    static final int MIN_LENGTH = 32;

    private final byte[] secret;
    private final String notice;

    private ReceiptKey(byte[] secret, String notice) {
        this.secret = secret;
        this.notice = notice;
    }

    /**
     * @param folder      where the key file is kept when the environment gives none
     * @param environment the process's environment ({@code System.getenv()})
     */
    public static ReceiptKey inFolder(Path folder, Map<String, String> environment) {
        var key = KeyFile.fromEnvironmentOrFolder(environment, ENVIRONMENT_VARIABLE, folder, FILE_NAME, "the receipt key");
        if (!key.made()) {
            return new ReceiptKey(checked(key.text(), key.where()), null);
        }
        return new ReceiptKey(key.text().getBytes(StandardCharsets.UTF_8), "Made a new receipt key in " + key.where()
                + " (readable by its owner only). Back it up with the database: without it, receipts already given and follow-up codes cannot be checked.");
    }

    /** A fixed key, for tests. */
    public static ReceiptKey of(String secret) {
        return new ReceiptKey(checked(secret, "the key"), null);
    }

    byte[] secret() {
        return secret.clone();
    }

    /** A key of its own for another use (such as hashing rate-limit keys), made from this one: HMAC-SHA-256 of the purpose. */
    public byte[] derived(String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this Java", e);
        }
    }

    /** Said once at start when the key file was made. */
    public Optional<String> notice() {
        return Optional.ofNullable(notice);
    }

    private static byte[] checked(String key, String where) {
        if (key.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(where + ": the receipt key must be at least " + MIN_LENGTH + " characters");
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
