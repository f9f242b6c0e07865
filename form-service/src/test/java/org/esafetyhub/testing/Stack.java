package org.esafetyhub.testing;

import org.esafetyhub.app.App;
import org.esafetyhub.db.DatabaseAddress;
import org.jdbi.v3.core.Jdbi;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.report.ReceiptKey;
import org.esafetyhub.trust.Service;
import org.esafetyhub.trust.Smtp;
import org.esafetyhub.trust.Trust;
import org.esafetyhub.trust.TrustFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The real stack the end-to-end tests share: the site the build baked, the service started on a
 * random port against a fresh database (an SQLite file, or a new database on PostgreSQL when the run
 * says so, see {@link TestDatabase}), and one headless Chromium. Started once per test run.
 */
public final class Stack implements AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("hub.root", "..")).toAbsolutePath().normalize();
    private static final Path SITE = Path.of(System.getProperty("hub.site", ROOT.resolve("target/site").toString()))
            .toAbsolutePath().normalize();

    private final Trust trust;
    private final Path databaseFolder;
    private final DatabaseAddress databaseAddress;
    private final int smtpPort;
    private GreenMail mail;
    private final App app;
    private Browser browser;

    Stack() {
        if (!Files.isRegularFile(SITE.resolve("index.html"))) {
            throw new IllegalStateException(SITE + " holds no baked site: run the tests through `mvn verify`, which bakes first");
        }
        try {
            databaseFolder = Files.createTempDirectory("esafety-it-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writeReceiptKey(databaseFolder);
        smtpPort = freePort();
        startMail();
        // Every test of the run shares this service and comes from one address: with a school's allowances
        // (60 reports in 10 minutes, refilled as time passes) a faster run would meet a 429 where a slower
        // one had not. The limits are tested on services of their own (RateLimitIT, TrustedProxyIT).
        trust = TrustFile.load(ROOT.resolve("config/trust.yaml"))
                .withSmtp(new Smtp("127.0.0.1", smtpPort, "esafety-hub@riverside-trust.example.org", null, false))
                .withService(new Service(List.of(), 1_000_000, 1_000_000));
        var quizzes = QuizBank.load(ROOT.resolve("content"));
        databaseAddress = TestDatabase.fresh(databaseFolder);
        app = App.create(new App.Settings(SITE, () -> quizzes, databaseAddress, trust,
                Clock.systemUTC(), Duration.ofMillis(200), PolicyFile.load(ROOT.resolve("data/policy.yaml")))).start(0);
    }

    /** The receipt key the tests sign and check receipts with, in the key file beside the database. */
    public static final String RECEIPT_KEY = "test-receipt-key-0123456789-abcdefghijklmnop";

    private static void writeReceiptKey(Path databaseFolder) {
        try {
            Files.writeString(databaseFolder.resolve(ReceiptKey.FILE_NAME), RECEIPT_KEY + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path root() {
        return ROOT;
    }

    public Path site() {
        return SITE;
    }

    public Trust trust() {
        return trust;
    }

    /** The SQLite file (on SQLite runs only: tests of the file itself). */
    public Path database() {
        return databaseFolder.resolve("esafety.db");
    }

    /** The database as {@code --db} takes it: the SQLite file or the PostgreSQL URL. */
    public String db() {
        return databaseAddress.toString();
    }

    public DatabaseAddress databaseAddress() {
        return databaseAddress;
    }

    /** A connection of the test's own to the service's database, on either engine. */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(TestDatabase.jdbcUrl(databaseAddress));
    }

    /** Jdbi on the service's database, on either engine, for tests that read or tamper with rows. */
    public Jdbi jdbi() {
        return Jdbi.create(TestDatabase.jdbcUrl(databaseAddress));
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + app.port() + path);
    }

    /** A real SMTP server (GreenMail) the service sends its notifications to. */
    public GreenMail mail() {
        return mail;
    }

    /** Takes the mail server down, as when a school's mail server is out of reach. */
    public void stopMail() {
        mail.stop();
    }

    /** Brings the mail server back on the same port, empty. */
    public void startMail() {
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared browser, started on first use so that HTTP-only tests do not pay for it. */
    public synchronized Browser browser() {
        if (browser == null) {
            browser = Browser.start();
        }
        return browser;
    }

    @Override
    public void close() {
        if (browser != null) {
            browser.close();
        }
        app.stop();
        mail.stop();
    }
}
