package org.esafetyhub.testing;

import org.esafetyhub.account.Role;
import org.esafetyhub.account.StaffCommand;
import org.esafetyhub.account.Totp;
import org.jsoup.Jsoup;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.Function;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A member of staff as the tests drive them: an account made with the real command line, and a browser-like HTTP client. */
public final class StaffClient {

    public static final String PASSWORD = "correct horse battery staple 42";

    public final String email;
    public final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final Service stack;

    /** The service an account is made in and signs in to: the shared stack, or an App a test started itself. */
    public record Service(String database, Function<String, URI> url) {
        /** A service of a test's own on an SQLite file. */
        public Service(java.nio.file.Path sqliteFile, Function<String, URI> url) {
            this(sqliteFile.toString(), url);
        }
    }

    private StaffClient(Service stack, String email) {
        this.stack = stack;
        this.email = email;
    }

    private static Service of(Stack stack) {
        return new Service(stack.db(), stack::url);
    }

    /** Adds the account with {@code staff add}, sets its password through the printed link, and signs in. */
    public static StaffClient signedIn(Stack stack, Role role, String academy) throws Exception {
        return signedIn(of(stack), role, academy);
    }

    public static StaffClient signedIn(Service stack, Role role, String academy) throws Exception {
        var client = added(stack, role, academy);
        var link = client.lastLink;
        var set = client.postForm(link.substring(link.indexOf("/staff/")), Map.of("password", PASSWORD, "confirm", PASSWORD));
        if (set.statusCode() != 302) {
            throw new AssertionError("setting the password answered " + set.statusCode() + ": " + set.body());
        }
        var signIn = client.signIn(PASSWORD);
        if (signIn.statusCode() != 302) {
            throw new AssertionError("signing in answered " + signIn.statusCode());
        }
        if (signIn.headers().firstValue("Location").orElse("").equals("/staff/two-factor")) {
            var page = Jsoup.parse(client.get("/staff/two-factor").body());
            client.secret = page.selectFirst("#totp-secret").text().replace(" ", "");
            var done = client.postWithCsrf("/staff/two-factor", "/staff/two-factor", Map.of("code", client.nextCode()));
            if (done.statusCode() != 302) {
                throw new AssertionError("the first code answered " + done.statusCode());
            }
        }
        client.acceptAgreement();
        return client;
    }

    /** Accepts the staff Acceptable Use Policy's current version, as every member of staff does at first sign-in. */
    public void acceptAgreement() throws Exception {
        var version = Jsoup.parse(get("/staff/agreement").body()).selectFirst("input[name=version]");
        if (version == null) {
            return;
        }
        var accepted = postWithCsrf("/staff/agreement", "/staff/agreement", Map.of("version", version.attr("value"), "accept", "yes"));
        if (accepted.statusCode() != 302) {
            throw new AssertionError("accepting the staff agreement answered " + accepted.statusCode());
        }
    }

    private String secret;
    private long lastStep;

    /** Signs this account in through the stack's shared browser, with its authenticator code when asked, and waits for the staff home. */
    /**
     * The staff pages as this member of staff sees them: each passes the W3C checker and axe (WCAG 2.2 AA)
     * and reflows at 320 CSS pixels. Signs the shared browser in, and out again after.
     */
    public void assertPagesValidAndAccessible(Stack stack, List<String> paths) throws Exception {
        for (var path : paths) {
            assertThat(HtmlChecker.errors(get(path).body()))
                    .as("HTML errors in %s", path).isEmpty();
        }
        var browser = stack.browser();
        signInWithBrowser(stack);
        try {
            for (var path : paths) {
                browser.open(stack.url(path));
                assertThat(browser.accessibilityViolations()).as("axe on %s", path).isEmpty();
            }
            assertThat(browser.pagesOverflowingAt320(paths.stream().map(stack::url).toList())).isEmpty();
        } finally {
            browser.driver().manage().deleteAllCookies();
        }
    }

    public void signInWithBrowser(Stack stack) {
        var browser = stack.browser();
        var twoFactor = stack.url("/staff/two-factor").toString();
        var home = stack.url("/staff/").toString();
        browser.open(stack.url("/staff/sign-in"));
        browser.driver().findElement(By.id("email")).sendKeys(email);
        browser.driver().findElement(By.id("password")).sendKeys(PASSWORD + "\n");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.or(
                ExpectedConditions.urlToBe(twoFactor), ExpectedConditions.urlToBe(home)));
        if (twoFactor.equals(browser.driver().getCurrentUrl())) {
            browser.driver().findElement(By.id("code")).sendKeys(nextCode() + "\n");
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(home));
        }
    }

    /**
     * Signs the shared browser out and waits until the sign-out has answered: a sign-out still in flight
     * when the next test signs in would clear that test's new session cookie (cookies ignore the port).
     */
    public static void signOutWithBrowser(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url("/staff/"));
        var signIn = stack.url("/staff/sign-in").toString();
        if (!signIn.equals(browser.driver().getCurrentUrl())) {
            browser.driver().findElement(By.cssSelector(".staff-bar button")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(signIn));
        }
    }

    /**
     * What the authenticator app shows: the code of the current time step, or of the next one if that was used. The
     * service takes a code one step ahead at most, so a third code within one step waits for the clock's next step.
     */
    public String nextCode() {
        long step = Math.max(currentStep(), lastStep + 1);
        while (step > currentStep() + 1) {
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(
                    Totp.STEP_SECONDS * 1000 - System.currentTimeMillis() % (Totp.STEP_SECONDS * 1000)).toNanos());
        }
        lastStep = step;
        return Totp.code(secret, lastStep);
    }

    private static long currentStep() {
        return System.currentTimeMillis() / 1000 / Totp.STEP_SECONDS;
    }

    public String secret() {
        return secret;
    }

    /** The code this client last gave: its step is used up. */
    public String codeAlreadyUsed() {
        return Totp.code(secret, lastStep);
    }

    /** The same account signing in again from another device: password done, code still to give. */
    public static StaffClient signInAgain(Stack stack, StaffClient account) throws Exception {
        var other = new StaffClient(of(stack), account.email);
        var signIn = other.signIn(PASSWORD);
        if (!signIn.headers().firstValue("Location").orElse("").equals("/staff/two-factor")) {
            throw new AssertionError("a second sign-in did not ask for a code");
        }
        return other;
    }

    private String lastLink;

    /** The same account on another service that holds a copy of its database: same password, same authenticator. */
    public StaffClient on(Service other) {
        var copy = new StaffClient(other, email);
        copy.secret = secret;
        copy.lastStep = lastStep;
        return copy;
    }

    public static StaffClient added(Stack stack, Role role, String academy) {
        return added(of(stack), role, academy);
    }

    public static StaffClient added(Service stack, Role role, String academy) {
        var email = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example.org";
        var out = new StringWriter();
        var args = new java.util.ArrayList<>(java.util.List.of("add", "--email", email, "--name", "Test " + role, "--role", role.name(),
                "--db", stack.database(), "--config", Stack.root().resolve("config/trust.yaml").toString()));
        if (academy != null) {
            args.addAll(java.util.List.of("--academy", academy));
        }
        int exit = StaffCommand.commandLine().setOut(new PrintWriter(out)).execute(args.toArray(String[]::new));
        if (exit != 0) {
            throw new AssertionError("staff add exited " + exit);
        }
        var client = new StaffClient(stack, email);
        client.lastLink = out.toString().lines().filter(line -> line.contains("/staff/set-password/")).findFirst().orElseThrow();
        return client;
    }

    public String link() {
        return lastLink;
    }

    public HttpResponse<String> signIn(String password) throws Exception {
        return postForm("/staff/sign-in", Map.of("email", email, "password", password));
    }

    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(stack.url().apply(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(stack.url().apply(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        var body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(stack.url().apply(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a staff form with the CSRF token the given page carries. */
    public HttpResponse<String> postWithCsrf(String pagePath, String path, Map<String, String> fields) throws Exception {
        var csrf = Jsoup.parse(get(pagePath).body()).selectFirst("input[name=csrf]").attr("value");
        var withToken = new LinkedHashMap<>(fields);
        withToken.put("csrf", csrf);
        return postForm(path, withToken);
    }
}
