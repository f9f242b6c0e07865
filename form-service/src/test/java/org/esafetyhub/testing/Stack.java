package org.esafetyhub.testing;

import org.esafetyhub.app.App;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.trust.Trust;
import org.esafetyhub.trust.TrustFile;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The real stack the end-to-end tests share: the site the build baked, the service started on a
 * random port against a fresh SQLite file, and one headless Chromium. Started once per test run.
 */
public final class Stack implements ExtensionContext.Store.CloseableResource {

    private static final Path ROOT = Path.of(System.getProperty("hub.root", "..")).toAbsolutePath().normalize();
    private static final Path SITE = Path.of(System.getProperty("hub.site", ROOT.resolve("target/site").toString()))
            .toAbsolutePath().normalize();

    private final Trust trust;
    private final Path databaseFolder;
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
        trust = TrustFile.load(ROOT.resolve("config/trust.yaml"));
        var quizzes = QuizBank.load(ROOT.resolve("content"));
        app = App.create(new App.Settings(SITE, () -> quizzes, databaseFolder.resolve("esafety.db"), trust,
                Clock.systemUTC())).start(0);
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

    public Path database() {
        return databaseFolder.resolve("esafety.db");
    }

    public URI url(String path) {
        return URI.create("http://localhost:" + app.port() + path);
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
    }
}
