package org.esafetyhub.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Evidence;
import org.esafetyhub.testing.Multipart;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Hostile requests for {@link FuzzIT}, drawn from a seeded random source so that a failure can be replayed:
 * random bytes, cut-off multipart, wrong content types, huge headers, invalid UTF-8, traversal in URLs and
 * file names, SQL and script payloads, and now and then a valid report or quiz attempt.
 */
final class HostileRequests {

    record Request(String method, String target, Map<String, String> headers, byte[] body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PAYLOADS = List.of("' OR '1'='1", "'; DROP TABLE report; --", "\" OR 1=1 --",
            "1; SELECT * FROM staff_account", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "${7*7}", "<#assign x=1>", "{{7*7}}", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "\u0000",
            "\uFEFF\u202E", "😀".repeat(50), "a".repeat(6_000), "null", "[]", "{}", "%s%s%s%n");
    private static final List<String> FILE_NAMES = List.of("../../etc/passwd", "..\\..\\boot.ini", "/etc/shadow",
            "shot.png\u0000.exe", "<script>.png", "\"><img src=x onerror=alert(1)>.png", "CON", ".htaccess", "a".repeat(500) + ".png");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/x-www-form-urlencoded",
            "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=zzz", "text/plain",
            "application/xml", "image/png", "application/x-www-form-urlencoded; charset=utf-16", "*/*", "garbage;;;=");

    private final Random random;
    private final JsonNode quiz;

    /** @param quiz the quiz {@code jokes-that-hurt} as the API describes it, to build valid attempts from */
    HostileRequests(long seed, JsonNode quiz) {
        this.random = new Random(seed);
        this.quiz = quiz;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String payload() {
        return random.nextInt(4) == 0 ? randomText() : pick(PAYLOADS);
    }

    private String randomText() {
        var text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x2FFF) : 32 + random.nextInt(95));
        }
        return text.toString();
    }

    private byte[] randomBytes(int max) {
        var bytes = new byte[random.nextInt(max)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** The next request: what kind is drawn by {@link #kind()}, its details from the payloads above. */
    Request next() throws Exception {
        var headers = new LinkedHashMap<String, String>();
        String method = "POST";
        String target;
        byte[] body;
        switch (kind()) {
            case 0 -> { // random bytes at a POST endpoint, with any content type
                target = postTarget();
                headers.put("Content-Type", pick(CONTENT_TYPES));
                body = randomBytes(4_000);
            }
            case 1 -> { // a multipart body cut short
                target = pick(List.of("/api/reports", "/report/form/", postTarget()));
                var form = reportForm(random.nextInt(10) == 0).file("evidence", "shot.png", "image/png", Evidence.png());
                var whole = bytes(form);
                headers.put("Content-Type", form.contentType());
                body = java.util.Arrays.copyOf(whole, random.nextInt(whole.length));
            }
            case 2 -> { // the wrong content type for a good body
                target = postTarget();
                headers.put("Content-Type", pick(CONTENT_TYPES));
                body = pick(List.of(attemptJson(), "description=hello&academy=riverside-primary", "{\"a\":")).getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> { // a huge header, or very many
                method = random.nextBoolean() ? "GET" : "POST";
                target = pick(getTargets());
                if (random.nextBoolean()) {
                    headers.put("X-Huge", "x".repeat(20_000 + random.nextInt(40_000)));
                } else {
                    for (int i = 0; i < 300; i++) {
                        headers.put("X-Many-" + i, "y".repeat(100));
                    }
                }
                body = new byte[0];
            }
            case 4 -> { // invalid UTF-8 in a form and in the path
                target = pick(List.of(postTarget(), "/quiz/jokes-that-hurt/"));
                headers.put("Content-Type", "application/x-www-form-urlencoded");
                var form = new ByteArrayOutputStream();
                form.writeBytes("description=".getBytes(StandardCharsets.US_ASCII));
                form.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
                form.writeBytes("&reference=%C3%28%FF&code=%E2%82&email=%ED%A0%80&password=%F0%28%8C%BC".getBytes(StandardCharsets.US_ASCII));
                body = form.toByteArray();
                if (random.nextBoolean()) {
                    method = "GET";
                    target = pick(List.of("/report/%FF%FE/", "/api/quizzes/%C3%28", "/quiz/%ED%A0%80/", "/staff/cases/%F0%28"));
                    body = new byte[0];
                }
            }
            case 5 -> { // traversal in the URL
                method = random.nextBoolean() ? "GET" : "POST";
                target = pick(List.of("/report/../../../../etc/passwd", "/api/quizzes/..%2F..%2F..%2Fetc%2Fpasswd",
                        "/api/quizzes/%2e%2e/attempts", "/quiz/..%2f..%2fconfig%2ftrust.yaml/", "/%2e%2e/%2e%2e/etc/passwd",
                        "/report/..;/staff/", "/staff/cases/..%252f..%252f", "/css/../../../pom.xml", "/..\\..\\windows\\win.ini",
                        "/api/quizzes/jokes-that-hurt/../../../etc/passwd", "/staff/set-password/..%2F..%2F"));
                headers.put("Content-Type", "application/x-www-form-urlencoded");
                body = "x=1".getBytes(StandardCharsets.UTF_8);
            }
            case 6 -> { // traversal and markup in evidence file names
                target = pick(List.of("/api/reports", "/report/form/"));
                var form = reportForm(random.nextInt(10) == 0).file("evidence", pick(FILE_NAMES), pick(List.of("image/png", "text/html", "../x")),
                        random.nextBoolean() ? Evidence.png() : "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
                headers.put("Content-Type", form.contentType());
                body = bytes(form);
            }
            case 7 -> { // SQL and script payloads in the report's fields: a valid report is stored with them as text
                target = pick(List.of("/api/reports", "/report/form/"));
                var form = random.nextInt(10) == 0 ? reportForm(true) : payloadForm();
                headers.put("Content-Type", form.contentType());
                body = bytes(form);
            }
            case 9 -> { // payloads in a quiz attempt, as JSON and as a form
                if (random.nextBoolean()) {
                    target = "/api/quizzes/" + pick(List.of("jokes-that-hurt", payloadPath())) + "/attempts";
                    headers.put("Content-Type", "application/json");
                    body = (random.nextInt(3) == 0 ? attemptJson() : attemptWithPayloads()).getBytes(StandardCharsets.UTF_8);
                } else {
                    target = "/quiz/" + pick(List.of("jokes-that-hurt", payloadPath())) + "/";
                    headers.put("Content-Type", "application/x-www-form-urlencoded");
                    body = quizForm(random.nextInt(3) == 0).getBytes(StandardCharsets.UTF_8);
                }
            }
            case 10 -> { // the follow-up and staff sign-in with payloads
                target = pick(List.of("/report/follow-up/", "/report/follow-up/add", "/staff/sign-in"));
                headers.put("Content-Type", "application/x-www-form-urlencoded");
                body = ("reference=" + enc(payload()) + "&code=" + enc(payload()) + "&message=" + enc(payload())
                        + "&email=" + enc(payload()) + "&password=" + enc(payload())).getBytes(StandardCharsets.UTF_8);
            }
            case 11 -> { // GETs with payloads in the path and the query
                method = "GET";
                target = pick(getTargets()) + "?q=" + enc(payload()) + "&" + enc(payload()) + "=" + enc(payload());
                body = new byte[0];
            }
            case 12 -> { // odd methods
                method = pick(List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "FOO"));
                target = pick(getTargets());
                body = randomBytes(100);
            }
            default -> { // GET of a quiz by a hostile id
                method = "GET";
                target = "/api/quizzes/" + payloadPath();
                body = new byte[0];
            }
        }
        return new Request(method, target, headers, body);
    }

    /**
     * What kind of request to make next. Signing in and checking a follow-up code hash a password on purpose
     * (slowly, even for a wrong one), as does storing a report: those are kept few so the run stays short.
     */
    private int kind() {
        int roll = random.nextInt(200);
        if (roll < 2) {
            return 10;
        }
        if (roll < 12) {
            return 7;
        }
        int kind = random.nextInt(13);
        return kind >= 10 ? kind + 1 : kind;
    }

    /** A target for a POST: the slow ones (see {@link #kind()}) only now and then. */
    private String postTarget() {
        var target = pick(postTargets());
        return SLOW.contains(target) && random.nextInt(32) != 0 ? pick(List.of("/report/form/", "/api/reports", "/quiz/jokes-that-hurt/")) : target;
    }

    private static final List<String> SLOW = List.of("/report/follow-up/", "/report/follow-up/add", "/staff/sign-in");

    private static List<String> postTargets() {
        return List.of("/report/form/", "/report/follow-up/", "/report/follow-up/add", "/api/reports", "/api/quizzes/jokes-that-hurt/attempts",
                "/quiz/jokes-that-hurt/", "/staff/sign-in", "/staff/sign-out", "/staff/set-password/abc");
    }

    private static List<String> getTargets() {
        return List.of("/report/", "/report/follow-up/", "/api/quizzes/jokes-that-hurt", "/staff/sign-in", "/healthz", "/",
                "/staff/", "/staff/cases/CB-AAAA-AAAA", "/quiz/jokes-that-hurt/", "/api/reports");
    }

    private String payloadPath() {
        return enc(payload()).replace("+", "%20");
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Multipart form) throws Exception {
        var out = new ByteArrayOutputStream();
        form.publisher().subscribe(new java.util.concurrent.Flow.Subscriber<>() {
            @Override
            public void onSubscribe(java.util.concurrent.Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(java.nio.ByteBuffer item) {
                var chunk = new byte[item.remaining()];
                item.get(chunk);
                out.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
            }

            @Override
            public void onComplete() {
            }
        });
        return out.toByteArray();
    }

    private Multipart reportForm(boolean valid) {
        return new Multipart().field("danger", "no").field("role", valid ? "pupil" : payload())
                .field("academy", "riverside-primary").field("category", "messages").field("ongoing", "yes")
                .field("description", "Unkind messages.");
    }

    private Multipart payloadForm() {
        var form = new Multipart().field("danger", pick(List.of("no", "yes", payload()))).field("role", pick(List.of("pupil", payload())))
                .field("academy", pick(List.of("riverside-primary", payload()))).field("category", pick(List.of("messages", payload())))
                .field("ongoing", pick(List.of("yes", "no", payload()))).field("description", payload())
                .field("location", payload()).field("started", payload()).field("involved", payload())
                .field("links", pick(List.of("https://example.org/" + enc(payload()), "javascript:alert(1)", payload())));
        if (random.nextInt(5) == 0) {
            form.field("website", payload());
        }
        return form;
    }

    private String attemptJson() {
        var answers = new LinkedHashMap<String, List<String>>();
        quiz.get("questions").forEach(q -> answers.put(q.get("id").asText(), List.of(q.get("options").get(0).get("id").asText())));
        try {
            return JSON.writeValueAsString(Map.of("version", quiz.get("version").asText(), "answers", answers));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String attemptWithPayloads() {
        Supplier<String> any = () -> JSON.valueToTree(payload()).toString();
        return pick(List.of(
                "{\"version\": " + any.get() + ", \"answers\": {" + any.get() + ": [" + any.get() + "]}}",
                "{\"version\": \"" + quiz.get("version").asText() + "\", \"academy\": " + any.get() + ", \"classCode\": " + any.get()
                        + ", \"answers\": {\"q1\": [" + any.get() + "]}}",
                "{\"version\": 7, \"answers\": [1, 2]}", "{\"answers\": {\"q1\": \"a\"}}", "[]", "null", "\"x\"",
                "{\"version\": \"" + quiz.get("version").asText() + "\", \"answers\": {\"q1\": null}}",
                "{\"version\": {\"$ne\": 1}}", "{".repeat(5_000)));
    }

    private String quizForm(boolean valid) {
        var form = new StringBuilder("version=" + enc(valid ? quiz.get("version").asText() : payload()));
        quiz.get("questions").forEach(q -> form.append('&').append(q.get("id").asText()).append('=')
                .append(enc(valid ? q.get("options").get(0).get("id").asText() : payload())));
        if (!valid) {
            form.append("&academy=").append(enc(payload())).append("&classCode=").append(enc(payload()));
        }
        return form.toString();
    }
}
