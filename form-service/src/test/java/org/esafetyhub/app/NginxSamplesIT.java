package org.esafetyhub.app;

import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.trust.Service;
import org.esafetyhub.trust.Trust;
import org.esafetyhub.trust.TrustFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, finding 8: the shipped nginx samples (docs/deploy/) proxied a typed list of five prefixes, so feedback and
 * parents' agreement signing fell through to nginx's 404. Here Debian's nginx (bin/test installs it when missing) runs
 * each sample as shipped, rendered only with this test's ports, folders and a throwaway certificate, as the current user
 * with a prefix of its own, in front of a service started for the test; every route the running service has (its
 * route table, not a list typed here) is asked for straight and through nginx, and must get the same answer.
 */
class NginxSamplesIT {

    private static final Path ROOT = Stack.root();
    private static final Path DEPLOY = ROOT.resolve("docs/deploy");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Values for the routes' path parameters, so that most routes answer as they would for a real request. */
    private static final Map<String, String> SAMPLE_VALUES = Map.of("id", "jokes-that-hurt", "quizId", "jokes-that-hurt",
            "reference", "CB-2222-2222", "position", "1", "code", "7B-2222", "token", "not-a-real-token");

    @TempDir
    Path folder;
    private App app;
    private Process nginx;
    private int httpPort;
    private int httpsPort;
    private HttpClient viaNginx;
    private final HttpClient direct = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void startService() {
        var site = Path.of(System.getProperty("hub.site", ROOT.resolve("target/site").toString())).toAbsolutePath().normalize();
        app = App.create(new App.Settings(site, () -> QuizBank.load(ROOT.resolve("content")), folder.resolve("db/esafety.db"),
                generousLimits(TrustFile.load(ROOT.resolve("config/trust.yaml"))), Clock.systemUTC(), Duration.ofMinutes(10),
                PolicyFile.load(ROOT.resolve("data/policy.yaml")))).start("127.0.0.1", 0);
    }

    /**
     * Every route is asked twice, straight and through nginx, from one address: with the shipped allowances the
     * follow-up routes of six languages would run out before the walk ends and answer 429 one way and not the other.
     */
    private static Trust generousLimits(Trust trust) {
        var service = trust.service();
        return trust.withService(new Service(service.trustedProxies(), 10_000, 10_000, service.database()));
    }

    @AfterEach
    void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor();
        }
        app.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx-esafety-hub.conf", "nginx-esafety-hub-nodes.conf"})
    void every_route_the_service_has_gets_the_services_own_answer_through_the_shipped_nginx_sample(String sample) throws Exception {
        startNginx(sample);
        var routes = app.routes();
        assertThat(routes).as("the service's route table").contains(new App.Route("POST", "/feedback/"),
                new App.Route("GET", "/agreements/parents/sign"), new App.Route("POST", "/agreements/parents/sign"),
                new App.Route("GET", "/healthz"));

        var differences = new ArrayList<String>();
        for (var route : routes) {
            var path = samplePath(route.path());
            var straight = send(direct, "http://127.0.0.1:" + app.port(), route.method(), path);
            var proxied = send(viaNginx, "https://localhost:" + httpsPort, route.method(), path);
            if (proxied.statusCode() != straight.statusCode() || proxied.statusCode() == 502 || proxied.statusCode() == 504
                    || !contentType(proxied).equals(contentType(straight))) {
                differences.add(route.method() + " " + path + ": straight " + straight.statusCode() + " " + contentType(straight)
                        + ", through nginx " + proxied.statusCode() + " " + contentType(proxied));
            }
        }

        assertThat(differences).as("routes nginx answers differently from the service").isEmpty();
        var page = send(viaNginx, "https://localhost:" + httpsPort, "GET", "/parents/");
        assertThat(page.statusCode()).as("a baked page, served by nginx").isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        var plain = send(HttpClient.newHttpClient(), "http://127.0.0.1:" + httpPort, "GET", "/feedback/");
        assertThat(plain.statusCode()).isEqualTo(301);
        assertThat(plain.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).startsWith("https://"));
    }

    /** The route's path with a sample value for each parameter. */
    private static String samplePath(String routePath) {
        return PATH_PARAMETER.matcher(routePath).replaceAll(m -> SAMPLE_VALUES.getOrDefault(m.group(1), "x"));
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase();
    }

    private static HttpResponse<String> send(HttpClient client, String origin, String method, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30));
        if ("GET".equals(method) || "HEAD".equals(method)) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString("probe=1"));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void startNginx(String sample) throws Exception {
        var binary = List.of(Path.of("/usr/sbin/nginx"), Path.of("/usr/bin/nginx")).stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("nginx is not installed: bin/test installs Debian's (apt-get install nginx)"));
        var prefix = Files.createDirectories(folder.resolve("nginx"));
        var certificate = prefix.resolve("localhost.pem");
        var key = prefix.resolve("localhost.key");
        run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key.toString(), "-out", certificate.toString()));
        httpPort = freePort();
        httpsPort = freePort();
        var site = Files.writeString(prefix.resolve("site.conf"), render(Files.readString(DEPLOY.resolve(sample)), certificate, key, prefix));
        var conf = Files.writeString(prefix.resolve("nginx.conf"), String.join("\n",
                // as root (a CI container), the workers would otherwise run as nobody, who cannot enter the test's folders
                "user " + System.getProperty("user.name") + ";",
                "worker_processes 1;",
                "pid " + prefix.resolve("nginx.pid") + ";",
                "error_log " + prefix.resolve("error.log") + " warn;",
                "events { worker_connections 64; }",
                "http {",
                "  include /etc/nginx/mime.types;",
                "  default_type application/octet-stream;",
                "  client_body_temp_path " + prefix.resolve("body") + ";",
                "  proxy_temp_path " + prefix.resolve("proxy") + ";",
                "  fastcgi_temp_path " + prefix.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + prefix.resolve("uwsgi") + ";",
                "  scgi_temp_path " + prefix.resolve("scgi") + ";",
                "  include " + site + ";",
                "}", ""));
        var errors = prefix.resolve("error.log");
        run(List.of(binary.toString(), "-t", "-e", errors.toString(), "-p", prefix + "/", "-c", conf.toString()));
        nginx = new ProcessBuilder(binary.toString(), "-e", errors.toString(), "-p", prefix + "/", "-c", conf.toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(prefix.resolve("nginx.out").toFile()).start();
        waitUntilListening(httpsPort, errors);
        viaNginx = HttpClient.newBuilder().sslContext(trusting(certificate)).build();
    }

    private record Replacement(String regex, String with, boolean required) {
    }

    /**
     * The sample with this test's ports, folders and certificate, and without its IPv6 listeners (a CI container may
     * have no IPv6). Each replacement the sample needs must find its text, so that a changed sample is noticed here.
     */
    private String render(String sample, Path certificate, Path key, Path prefix) {
        var site = Path.of(System.getProperty("hub.site", ROOT.resolve("target/site").toString())).toAbsolutePath().normalize();
        boolean nodes = sample.contains("upstream esafety_hub");
        var replacements = List.of(
                new Replacement("(?m)^\\s*listen \\[::\\]:.*\\n", "", true),
                new Replacement("listen 80;", "listen 127.0.0.1:" + httpPort + ";", true),
                new Replacement("listen 443 ssl http2;", "listen 127.0.0.1:" + httpsPort + " ssl http2;", true),
                new Replacement("/etc/letsencrypt/live/[^/;]+/fullchain\\.pem", certificate.toString(), true),
                new Replacement("/etc/letsencrypt/live/[^/;]+/privkey\\.pem", key.toString(), true),
                new Replacement("/var/log/nginx/", prefix + "/", true),
                new Replacement("/opt/esafety-hub/site", site.toString(), true),
                new Replacement("/etc/nginx/snippets/", DEPLOY + "/", true),
                new Replacement("127\\.0\\.0\\.1:7070", "127.0.0.1:" + app.port(), !nodes),
                new Replacement("(?m)^(\\s*)server 10\\.0\\.1\\.11:7070", "$1server 127.0.0.1:" + app.port(), nodes),
                new Replacement("(?m)^\\s*server 10\\.0\\.1\\.\\d+:7070.*\\n", "", false));
        var rendered = sample;
        for (var replacement : replacements) {
            var matcher = Pattern.compile(replacement.regex()).matcher(rendered);
            if (replacement.required() && !matcher.find()) {
                throw new AssertionError("the sample no longer has " + replacement.regex() + ": update this test with it");
            }
            rendered = matcher.replaceAll(replacement.with().replace("\\", "\\\\"));
        }
        assertThat(rendered.replaceAll("(?m)#.*$", "")).as("the rendered sample without its comments")
                .doesNotContain("7070", "/etc/", "/var/", "/opt/");
        return rendered;
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        var store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (var in = Files.newInputStream(certificate)) {
            store.setCertificateEntry("localhost", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        var context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void run(List<String> command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private void waitUntilListening(int port, Path errors) throws Exception {
        var deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            if (!nginx.isAlive()) {
                throw new AssertionError("nginx stopped: " + (Files.exists(errors) ? Files.readString(errors) : ""));
            }
            try (var socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(50); // polling a port: there is nothing to wait on
            }
        }
        throw new AssertionError("nginx did not listen on " + port);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
