package org.esafetyhub.agreement;

import org.esafetyhub.testing.StaffClient;
import org.jsoup.Jsoup;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Class codes made by a teacher, and parents signing the agreement through the public form, as the tests need them. */
final class AgreementsForTests {

    private AgreementsForTests() {
    }

    static String classCode(StaffClient teacher, String label) throws Exception {
        var page = teacher.postWithCsrf("/staff/classes", "/staff/classes", Map.of("label", label));
        return Jsoup.parse(page.body()).selectFirst(".notice .code").text();
    }

    /** A complete signature for a child, with the class code; {@code changes} replace or blank any field. */
    static Map<String, String> signing(String classCode, String child, Map<String, String> changes) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("classCode", classCode);
        fields.put("childName", child);
        fields.put("signerName", "Jo Parent");
        fields.put("relationship", "parent");
        fields.put("typedSignature", "Jo Parent");
        fields.put("agree", "yes");
        fields.putAll(changes);
        fields.values().removeIf(String::isEmpty);
        return fields;
    }

    static HttpResponse<String> sign(Function<String, URI> url, Map<String, String> fields) throws Exception {
        return sign(url, "/agreements/parents/sign", fields);
    }

    /** @param path the signing page's address in a language, such as /ur/agreements/parents/sign */
    static HttpResponse<String> sign(Function<String, URI> url, String path, Map<String, String> fields) throws Exception {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.apply(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
