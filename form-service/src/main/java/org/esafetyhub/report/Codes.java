package org.esafetyhub.report;

import org.esafetyhub.codes.ReadAloudSymbols;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * Case references (CB-7K3M-Q9PX) and follow-up codes (80 bits, shown once), both from an alphabet
 * without 0/O or 1/I so they can be read aloud. A code is kept only as {@code hmac-sha256$} and the
 * base64url HMAC-SHA-256 of it under a key derived from the receipt key, which is never in the
 * database. A slow hash would add nothing: guessing among 2^80 random codes is out of reach at any
 * speed, and without the key a stolen database cannot even be tried against. Codes of reports made
 * before are still checked as the Argon2id hashes they were kept as ({@link Argon2Codes}).
 */
public final class Codes {

    static final String SCHEME = "hmac-sha256$";
    static final String KEY_PURPOSE = "follow-up codes";

    private final ReadAloudSymbols symbols;
    private final SecretKeySpec key;

    public Codes(SecureRandom random, ReceiptKey receiptKey) {
        this.symbols = new ReadAloudSymbols(random);
        this.key = new SecretKeySpec(receiptKey.derived(KEY_PURPOSE), "HmacSHA256");
    }

    String reference() {
        return "CB-" + symbols.next(4) + "-" + symbols.next(4);
    }

    /** 16 symbols of 5 bits: 80 bits, written in groups of four. */
    String followUpCode() {
        return symbols.next(4) + "-" + symbols.next(4) + "-" + symbols.next(4) + "-" + symbols.next(4);
    }

    /** What is stored for a follow-up code. */
    String hash(String followUpCode) {
        return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(normalise(followUpCode)));
    }

    /** Whether what someone typed is the code a stored value was made from; comparing takes the same time wherever they differ. */
    boolean matches(String typed, String stored) {
        if (stored.startsWith(Argon2Codes.PREFIX)) {
            return Argon2Codes.matches(typed, stored);
        }
        return MessageDigest.isEqual(hash(typed).getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] hmac(String normalisedCode) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(normalisedCode.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this Java", e);
        }
    }

    /** What someone typed, as it was issued: capitals, no spaces or hyphens. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

}
