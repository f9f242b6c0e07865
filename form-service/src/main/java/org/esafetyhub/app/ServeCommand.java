package org.esafetyhub.app;

import org.esafetyhub.policy.InvalidPolicyFileException;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.InvalidQuizException;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.training.TrainingCourse;
import org.esafetyhub.trust.InvalidTrustFileException;
import org.esafetyhub.trust.TrustFile;
import org.esafetyhub.db.DatabaseAddress;
import org.esafetyhub.trust.DatabaseOptions;
import org.esafetyhub.mail.OutboxWorker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the baked site with the report and quiz service until stopped (Ctrl+C or SIGTERM).")
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    private int port = 7070;

    @Option(names = "--host", description = "The address to listen on: 127.0.0.1 behind a proxy on the same machine (default: every address).")
    private String host;

    @Option(names = "--site", description = "The baked site (default: ${DEFAULT-VALUE}).")
    private Path site = Path.of("target/site");

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--content", description = "The content folder the site was baked from; its quizzes are scored (default: ${DEFAULT-VALUE}).")
    private Path content = Path.of("content");

    @Option(names = "--policy", description = "The policy file; its sections 4 and 5 are the cases' checklists (default: ${DEFAULT-VALUE}).")
    private Path policy = SiteBuild.POLICY;

    @Option(names = "--outbox-interval", paramLabel = "SECONDS",
            description = "How often waiting notifications are sent (default: ${DEFAULT-VALUE}).")
    private int outboxInterval = 30;

    @Option(names = "--outbox-claim", paramLabel = "SECONDS", description = {
            "How long a node holds a notification it is sending; if the node dies, another sends it after this (default: ${DEFAULT-VALUE}).",
            "Keep it longer than a send can take (the mail server may take a minute to time out), or a slow send goes twice."})
    private int outboxClaim = (int) OutboxWorker.CLAIM.toSeconds();

    @Override
    public Integer call() throws InterruptedException {
        var err = spec.commandLine().getErr();
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            err.println(site.toAbsolutePath().normalize() + " holds no baked site: run the bake first (see README, Run)");
            return 1;
        }
        if (outboxInterval < 1 || outboxClaim < 1) {
            err.println("--outbox-interval and --outbox-claim must be at least 1 second");
            return 1;
        }
        App app;
        DatabaseAddress db;
        try {
            var quizzes = QuizBank.load(content);
            TrainingCourse.loadFrom(content);
            var trust = TrustFile.load(database.config());
            db = database.address(trust);
            app = App.create(new App.Settings(site, () -> quizzes, db, trust, Clock.systemUTC(), Duration.ofSeconds(outboxInterval),
                    Duration.ofSeconds(outboxClaim), PolicyFile.load(policy)));
        } catch (InvalidTrustFileException | InvalidQuizException | InvalidPolicyFileException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 1;
        }
        var stopped = new CountDownLatch(1);
        var out = spec.commandLine().getOut();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // SIGTERM or Ctrl+C: finish the requests in hand, send nothing half-done, close the database
            app.stop();
            out.println("eSafety Hub stopped");
            out.flush();
            stopped.countDown();
        }, "shutdown"));
        if (host == null) {
            app.start(port);
        } else {
            app.start(host, port);
        }
        spec.commandLine().getOut().println("eSafety Hub is serving http://localhost:" + app.port() + "/ (database "
                + db + ")");
        app.receiptKeyNotice().ifPresent(spec.commandLine().getOut()::println);
        app.alertKeyNotice().ifPresent(spec.commandLine().getOut()::println);
        app.evidenceKeyNotice().ifPresent(spec.commandLine().getOut()::println);
        app.firstAdminLink().ifPresent(link -> spec.commandLine().getOut().println(
                "No staff account exists yet. Create the first administrator (link valid 3 days, once): " + link));
        stopped.await();
        return 0;
    }
}
