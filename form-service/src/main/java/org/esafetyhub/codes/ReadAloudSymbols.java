package org.esafetyhub.codes;

import java.security.SecureRandom;

/**
 * Random symbols that can be read aloud and typed back without doubt: digits and capitals with
 * 0/O and 1/I left out, 32 of them, so each symbol carries 5 bits. Case references, follow-up codes
 * and class codes are all made of them.
 */
public final class ReadAloudSymbols {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private final SecureRandom random;

    public ReadAloudSymbols(SecureRandom random) {
        this.random = random;
    }

    public String next(int count) {
        var chars = new char[count];
        for (int i = 0; i < count; i++) {
            chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
