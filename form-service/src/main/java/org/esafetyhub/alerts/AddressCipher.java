package org.esafetyhub.alerts;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * AES-256-GCM for one e-mail address at a time: a fresh random 12-byte nonce for every value, so the
 * same address never gives the same text twice, and the report's id as associated data, so a sealed
 * address copied onto another report's row does not open there.
 */
final class AddressCipher {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** Both in Base64, as stored. */
    record Sealed(String nonce, String ciphertext) {
    }

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    AddressCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key is " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    Sealed seal(String address, String reportId) {
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, nonce, reportId);
            var sealed = cipher.doFinal(address.getBytes(StandardCharsets.UTF_8));
            return new Sealed(Base64.getEncoder().encodeToString(nonce), Base64.getEncoder().encodeToString(sealed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The address, or empty when it was sealed under another key or for another report, or was changed. */
    Optional<String> open(Sealed sealed, String reportId) {
        try {
            var cipher = cipher(Cipher.DECRYPT_MODE, Base64.getDecoder().decode(sealed.nonce()), reportId);
            return Optional.of(new String(cipher.doFinal(Base64.getDecoder().decode(sealed.ciphertext())), StandardCharsets.UTF_8));
        } catch (AEADBadTagException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String reportId) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(reportId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
