package org.esafetyhub.cases;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of a download. A name outside plain ASCII is given twice (RFC 6266): as
 * {@code filename*=UTF-8''…}, which browsers use, and as an ASCII fallback for older clients; without the
 * first, browsers showed non-Latin letters as spaces.
 */
final class Attachment {

    private Attachment() {
    }

    static String disposition(String name) {
        var fallback = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        if (fallback.equals(name)) {
            return "attachment; filename=\"" + name + "\"";
        }
        var encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
