import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The benchmark's helpers, run by bin/bench as a single-file program on the jar's class path
 * (java -cp esafety-hub.jar bench/BenchTools.java COMMAND ...):
 * <ul>
 * <li>{@code png FILE BYTES}: a PNG of random pixels of about that size (it cannot be compressed);</li>
 * <li>{@code attempt-body BASE_URL QUIZ_ID}: a quiz attempt answering every question, as JSON;</li>
 * <li>{@code rows DB TABLE}: how many rows the table holds, DB being an SQLite file or a jdbc:postgresql:// URL
 * (user and password from ESAFETY_DB_USER and ESAFETY_DB_PASSWORD_FILE, as the service takes them);</li>
 * <li>{@code weight BASE_URL JAR DB CONFIG OUT}: what each kind of page costs a first visit, gzipped.</li>
 * </ul>
 */
public class BenchTools {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "png" -> png(Path.of(args[1]), Integer.parseInt(args[2]));
            case "attempt-body" -> System.out.println(attemptBody(args[1], args[2]));
            case "rows" -> System.out.println(rows(args[1], args[2]));
            case "weight" -> weight(args[1], args[2], args[3], args[4], Path.of(args[5]));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    static void png(Path file, int bytes) throws Exception {
        int side = (int) Math.sqrt(bytes / 3.0);
        var image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        var random = new Random(7);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    static String attemptBody(String base, String quizId) throws Exception {
        var quiz = JSON.readTree(get(HttpClient.newHttpClient(), base + "/api/quizzes/" + quizId).body());
        var answers = new LinkedHashMap<String, List<String>>();
        for (JsonNode question : quiz.get("questions")) {
            answers.put(question.get("id").asText(), List.of(question.get("options").get(0).get("id").asText()));
        }
        return JSON.writeValueAsString(Map.of("version", quiz.get("version").asText(), "answers", answers));
    }

    static long rows(String db, String table) throws Exception {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        try (var connection = db.startsWith("jdbc:")
                ? DriverManager.getConnection(db, System.getenv("ESAFETY_DB_USER"), Files.readString(Path.of(System.getenv("ESAFETY_DB_PASSWORD_FILE"))).strip())
                : DriverManager.getConnection("jdbc:sqlite:" + db);
             var result = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    // ---- page weight ----

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");

    record Weight(String page, String path, long html, long css, long js, long images, long fonts, long total, int requests) {
    }

    static void weight(String base, String jar, String db, String config, Path out) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        var pages = new LinkedHashMap<String, String>();
        pages.put("home", "/");
        pages.put("lesson with its quiz", "/lessons/jokes-that-hurt/");
        pages.put("report form", "/report/");
        pages.put("staff case page", staffCasePage(http, base, jar, db, config));
        var weights = new ArrayList<Weight>();
        for (var page : pages.entrySet()) {
            weights.add(weigh(http, base, page.getKey(), page.getValue()));
        }
        System.out.printf("%-22s %8s %8s %8s %8s %8s %9s%n", "page (bytes gzipped)", "HTML", "CSS", "JS", "images", "fonts", "total");
        for (var w : weights) {
            System.out.printf("%-22s %8d %8d %8d %8d %8d %9d%n", w.page(), w.html(), w.css(), w.js(), w.images(), w.fonts(), w.total());
        }
        Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Map.of("pages", weights)));
    }

    static Weight weigh(HttpClient http, String base, String name, String path) throws Exception {
        var page = getGzipped(http, base + path);
        if (page.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.statusCode());
        }
        var html = Jsoup.parse(gunzipIfNeeded(page), base + path);
        var css = new LinkedHashSet<String>();
        var js = new LinkedHashSet<String>();
        var images = new LinkedHashSet<String>();
        html.select("link[rel=stylesheet][href]").forEach(e -> css.add(e.absUrl("href")));
        html.select("script[src]").forEach(e -> js.add(e.absUrl("src")));
        html.select("img[src], link[rel~=icon][href]").forEach(e -> images.add(e.hasAttr("src") ? e.absUrl("src") : e.absUrl("href")));
        long cssBytes = 0;
        long fonts = 0;
        var fontUrls = new LinkedHashSet<String>();
        for (var url : css) {
            var sheet = getGzipped(http, url);
            cssBytes += sheet.body().length;
            var text = gunzipIfNeeded(sheet);
            var matcher = CSS_URL.matcher(text);
            while (matcher.find()) {
                var target = URI.create(url).resolve(matcher.group(1)).toString();
                if (target.matches(".*\\.(woff2?|ttf|otf|eot)(\\?.*)?$")) {
                    fontUrls.add(target);
                } else if (!target.startsWith("data:")) {
                    images.add(target);
                }
            }
        }
        for (var url : fontUrls) {
            fonts += getGzipped(http, url).body().length;
        }
        long jsBytes = sum(http, js);
        long imageBytes = sum(http, images.stream().filter(u -> !u.startsWith("data:")).collect(Collectors.toList()));
        long htmlBytes = page.body().length;
        return new Weight(name, path, htmlBytes, cssBytes, jsBytes, imageBytes, fonts,
                htmlBytes + cssBytes + jsBytes + imageBytes + fonts, 1 + css.size() + js.size() + images.size() + fontUrls.size());
    }

    private static long sum(HttpClient http, Iterable<String> urls) throws Exception {
        long total = 0;
        for (var url : urls) {
            total += getGzipped(http, url).body().length;
        }
        return total;
    }

    /** The bytes as they travel: java.net.http does not unzip, so the body's length is what was transferred. */
    private static HttpResponse<byte[]> getGzipped(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzipIfNeeded(HttpResponse<byte[]> response) throws Exception {
        var gzipped = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
        var bytes = gzipped ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes()
                : response.body();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A report made through the API, and a DSL of its academy made with the jar's {@code staff add},
     * signed in (the bench's trust file asks for no second factor): the case page they see.
     */
    static String staffCasePage(HttpClient http, String base, String jar, String db, String config) throws Exception {
        var boundary = "bench-boundary";
        var fields = Map.of("danger", "no", "role", "pupil", "academy", "riverside-primary", "category", "messages",
                "ongoing", "yes", "description", "Someone keeps sending unkind messages in the class group chat.");
        var body = fields.entrySet().stream().map(f -> "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + f.getKey() + "\"\r\n\r\n" + f.getValue() + "\r\n").collect(Collectors.joining()) + "--" + boundary + "--\r\n";
        var report = http.send(HttpRequest.newBuilder(URI.create(base + "/api/reports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        var reference = JSON.readTree(report.body()).get("reference").asText();
        var email = "bench-dsl-" + System.nanoTime() + "@school.example.org";
        var process = new ProcessBuilder("java", "-jar", jar, "staff", "add", "--email", email, "--name", "Bench DSL",
                "--role", "DSL", "--academy", "riverside-primary", "--db", db, "--config", config).redirectErrorStream(true).start();
        var printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("staff add failed: " + printed);
        }
        var link = printed.lines().filter(line -> line.contains("/staff/set-password/")).findFirst().orElseThrow();
        var password = "correct horse battery staple 42";
        postForm(http, base + link.substring(link.indexOf("/staff/")), Map.of("password", password, "confirm", password));
        var signIn = postForm(http, base + "/staff/sign-in", Map.of("email", email, "password", password));
        if (signIn.statusCode() != 302) {
            throw new IllegalStateException("signing in answered " + signIn.statusCode());
        }
        return "/staff/cases/" + reference;
    }

    private static HttpResponse<String> postForm(HttpClient http, String url, Map<String, String> fields) throws Exception {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
