package org.esafetyhub.limits;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/** HMAC-SHA-256 of a limiter's name and a key: what the database stores instead of an address. */
final class KeyedHash {

    private final SecretKeySpec secret;
    private final String name;

    KeyedHash(byte[] key, String name) {
        this.secret = new SecretKeySpec(key, "HmacSHA256");
        this.name = name;
    }

    String of(String key) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return HexFormat.of().formatHex(mac.doFinal((name + "\n" + key).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this Java", e);
        }
    }
}
