package org.esafetyhub.evidence;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * Seals evidence files at rest: AES-256-GCM under a random data key of each file's own, that key wrapped
 * (AES-256-GCM too) by the {@link EvidenceKey}. The evidence row's id and the part ("original", "clean") are
 * the associated data, so sealed bytes moved to another row or part do not open. A fresh 12-byte nonce precedes
 * every ciphertext. Rotating the evidence key re-wraps the data keys only: the files are not encrypted again.
 */
public final class EvidenceSeal {

    /** Which of a file's two copies: bound into its ciphertext. */
    public enum Part { ORIGINAL, CLEAN }

    /**
     * A file's data key, wrapped, and the id of the evidence key that wrapped it (both stored on the row).
     */
    public record WrappedKey(String dataKey, String keyId) {
    }

    /** One file sealed: its wrapped data key and both copies' ciphertexts (clean is null when there is no clean copy). */
    public record Sealed(WrappedKey key, byte[] original, byte[] clean) {
    }

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final EvidenceKey key;
    private final SecureRandom random = new SecureRandom();

    public EvidenceSeal(EvidenceKey key) {
        this.key = key;
    }

    public String keyId() {
        return key.id();
    }

    /** @param clean the clean copy, or null */
    public Sealed seal(String evidenceId, byte[] original, byte[] clean) {
        var dataKey = new byte[EvidenceKey.KEY_BYTES];
        random.nextBytes(dataKey);
        try {
            return new Sealed(wrap(evidenceId, dataKey), encrypt(dataKey, original, aad(evidenceId, Part.ORIGINAL)),
                    clean == null ? null : encrypt(dataKey, clean, aad(evidenceId, Part.CLEAN)));
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * The file as it was sealed; a row not sealed yet ({@code wrapped} null: made before sealing, until
     * {@code evidence seal} runs) is returned as it is stored.
     *
     * @throws IllegalStateException when the row was sealed under another evidence key, or was changed
     */
    public byte[] open(String evidenceId, Part part, byte[] stored, WrappedKey wrapped) {
        if (wrapped == null || wrapped.dataKey() == null) {
            return stored;
        }
        var dataKey = unwrap(evidenceId, wrapped);
        try {
            return decrypt(dataKey, stored, aad(evidenceId, part));
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("evidence " + evidenceId + " (" + part + ") does not open: it was changed", e);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /** The same data key wrapped by another evidence key: what {@code evidence rekey} stores in place of this one. */
    WrappedKey rewrap(String evidenceId, WrappedKey wrapped, EvidenceSeal next) {
        var dataKey = unwrap(evidenceId, wrapped);
        try {
            return next.wrap(evidenceId, dataKey);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    private WrappedKey wrap(String evidenceId, byte[] dataKey) {
        return new WrappedKey(Base64.getEncoder().encodeToString(encrypt(key.bytes(), dataKey, keyAad(evidenceId))), key.id());
    }

    private byte[] unwrap(String evidenceId, WrappedKey wrapped) {
        if (!key.id().equals(wrapped.keyId())) {
            throw new IllegalStateException("evidence " + evidenceId + " is sealed under evidence key " + wrapped.keyId()
                    + ", not this service's " + key.id() + ": give the service that key (see docs/security.md, Evidence at rest)");
        }
        try {
            return decrypt(key.bytes(), Base64.getDecoder().decode(wrapped.dataKey()), keyAad(evidenceId));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new IllegalStateException("the data key of evidence " + evidenceId + " does not open: it was changed", e);
        }
    }

    private byte[] encrypt(byte[] keyBytes, byte[] plain, byte[] aad) {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keyBytes, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            var sealed = new byte[NONCE_BYTES + cipher.getOutputSize(plain.length)];
            System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
            cipher.doFinal(plain, 0, plain.length, sealed, NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] decrypt(byte[] keyBytes, byte[] sealed, byte[] aad) throws AEADBadTagException {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new AEADBadTagException("too short to be sealed");
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(keyBytes, "AES"), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] aad(String evidenceId, Part part) {
        return ("evidence " + evidenceId + " " + part.name().toLowerCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] keyAad(String evidenceId) {
        return ("data key of evidence " + evidenceId).getBytes(StandardCharsets.UTF_8);
    }
}
