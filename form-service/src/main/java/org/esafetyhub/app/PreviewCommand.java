package org.esafetyhub.app;

import org.esafetyhub.activity.InvalidActivitiesException;
import org.esafetyhub.data.DataFile;
import org.esafetyhub.policy.InvalidPolicyFileException;
import org.esafetyhub.quiz.InvalidQuizException;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.site.BakeFailedException;
import org.esafetyhub.trust.InvalidTrustFileException;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.trust.DatabaseOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"For authors: bake, serve the site with the service as serve does, and bake again moments after "
                + "every saved change to content/, templates/, assets/, data/, jbake.properties or the trust file.",
                "A bake that fails is printed with its file and line, and the last good site stays up. Stop with Ctrl+C."})
final class PreviewCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", description = "The folder holding content/, templates/, assets/ and jbake.properties (default: ${DEFAULT-VALUE}).")
    private Path root = Path.of(".");

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    private int port = 7070;

    @Option(names = "--site", description = "Where to bake the site and serve it from (default: ${DEFAULT-VALUE}, under the root).")
    private Path site = Path.of("target/site");

    /** Both under the root when relative. */
    @Mixin
    private DatabaseOptions databaseOptions;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var home = root.toAbsolutePath().normalize();
        var siteFolder = home.resolve(site).normalize();
        var config = databaseOptions.config();
        var trustFile = home.resolve(config).normalize();
        boolean interrupted;
        try (var build = new SiteBuild(home, siteFolder, trustFile)) {
            SiteBuild.Result first;
            try {
                first = build.run();
            } catch (InvalidTrustFileException | InvalidPolicyFileException | InvalidQuizException | InvalidActivitiesException
                | DataFile.Invalid | BakeFailedException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            var quizzes = new AtomicReference<>(first.quizzes());
            DatabaseAddress database;
            try {
                database = databaseOptions.address(first.trust()).under(home);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
            var app = App.create(new App.Settings(siteFolder, quizzes::get, database, first.trust(), Clock.systemUTC(),
                    Duration.ofSeconds(30), first.policy())).start(port);
            try (var watcher = new SourceWatcher(
                    List.of(home.resolve("content"), home.resolve("templates"), home.resolve("assets"), home.resolve("data")),
                    List.of(trustFile, home.resolve("jbake.properties")),
                    changed -> rebake(changed, home, build, trustFile, quizzes))) {
                out.printf(Locale.ROOT, "Baked %d pages in %.1f s. Previewing http://localhost:%d/ (database %s)%n",
                        first.summary().pages(), first.summary().millis() / 1000.0, app.port(), database);
                out.println("Watching content/, templates/, assets/, data/, jbake.properties and " + config
                        + ": save a change to see it. Stop with Ctrl+C.");
                out.flush();
                interrupted = untilStopped(app);
            } finally {
                app.stop();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * Waits for Ctrl+C or SIGTERM, when the shutdown hook stops the app (it finishes the requests in
     * hand), or for this thread to be interrupted (as tests stop it): then true, and the caller
     * restores the interrupt once the watcher has finished a bake in hand.
     */
    private static boolean untilStopped(App app) {
        var stopped = new CountDownLatch(1);
        var hook = new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
            return false;
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            return true;
        }
    }

    /** A re-bake after saved changes: on success the new site and its quizzes are served, on failure the last good ones stay. */
    private void rebake(Set<Path> changed, Path home, SiteBuild build, Path trustFile, AtomicReference<QuizBank> quizzes) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var what = home.relativize(changed.iterator().next()) + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "");
        try {
            var baked = build.run();
            quizzes.set(baked.quizzes());
            out.printf(Locale.ROOT, "Re-baked %d pages in %.1f s after a change to %s%n",
                    baked.summary().pages(), baked.summary().millis() / 1000.0, what);
            if (changed.contains(trustFile)) {
                out.println("The baked pages show the changed trust file; restart preview for the service's own pages"
                        + " (the report page, the quizzes' list of schools) and the academies in the database.");
            }
        } catch (InvalidTrustFileException | InvalidPolicyFileException | InvalidQuizException | InvalidActivitiesException
                | DataFile.Invalid | BakeFailedException e) {
            err.println(e.getMessage());
            err.println("Still serving the last good site: fix the file and save it to bake again.");
        } catch (RuntimeException e) {
            err.println("The bake after a change to " + what + " failed unexpectedly: " + e);
            err.println("Still serving the last good site.");
        }
        out.flush();
        err.flush();
    }
}
