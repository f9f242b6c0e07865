package org.esafetyhub.app;

import org.esafetyhub.activity.ActivityBook;
import org.esafetyhub.activity.InvalidActivitiesException;
import org.esafetyhub.db.ConnectionCheck;
import org.esafetyhub.trust.DatabaseOptions;
import org.esafetyhub.policy.InvalidPolicyFileException;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.InvalidQuizException;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.training.TrainingCourse;
import org.esafetyhub.site.BakeFailedException;
import org.esafetyhub.site.SiteBaker;
import org.esafetyhub.trust.InvalidTrustFileException;
import org.esafetyhub.trust.Trust;
import org.esafetyhub.trust.TrustFile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "check-config", mixinStandardHelpOptions = true,
        description = "Check the trust file, the policy, the quizzes, the lessons' activities and every content file's header, bake the site into a temporary "
                + "folder to check its links and reading grades, print every problem with its place and a table of every page's reading grade.")
final class CheckConfigCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", description = "The folder holding content/, templates/, data/ and jbake.properties (default: ${DEFAULT-VALUE}).")
    private Path root = Path.of(".");

    /** The trust file under the root; an SQLite file under the root too. */
    @Mixin
    private DatabaseOptions database;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        boolean ok = true;
        boolean canBake = true;
        Trust trust = null;
        try {
            trust = TrustFile.load(root.resolve(database.config()));
            out.println("trust file: " + trust.academies().size() + " academies"
                    + (trust.smtp() == null ? " (no smtp: notifications will wait in the outbox)" : ""));
            out.println("staff training: pass mark " + trust.training().passMark() + "%, refresher every " + trust.training().refresher());
        } catch (InvalidTrustFileException e) {
            err.println(e.getMessage());
            ok = false;
        }
        ok &= checkDatabase(trust);
        try {
            out.println("policy: " + PolicyFile.load(root.resolve(SiteBuild.POLICY)).requiredActions().size() + " required actions");
        } catch (InvalidPolicyFileException e) {
            err.println(e.getMessage());
            ok = false;
            canBake = false;
        }
        try {
            var quizzes = QuizBank.load(root.resolve("content"));
            out.println("quizzes: " + quizzes.size());
            quizzes.optionOrders().forEach(out::println);
            var training = TrainingCourse.loadFrom(root.resolve("content"));
            out.println(training.map(course -> "training course: " + course.pages().size() + " pages and a quiz of "
                    + course.questionIds().size() + " questions, version " + course.version()).orElse("training course: none"));
            training.ifPresent(course -> out.println("training quiz: " + course.optionOrder()));
        } catch (InvalidQuizException e) {
            e.problems().forEach(err::println);
            ok = false;
            canBake = false;
        }
        boolean activities = checkActivities(out, err);
        ok &= activities;
        canBake &= activities;
        try (var baker = new SiteBaker(root, root.resolve("target/check-config"))) {
            var sources = baker.checkSources();
            sources.problems().forEach(err::println);
            ok &= sources.problems().isEmpty();
            canBake &= sources.problems().isEmpty();
            out.println("content: " + sources.pages() + " pages");
        }
        if (trust != null && canBake) {
            ok &= bakeForReadingGrades();
        } else {
            out.println("reading grades: not worked out, because the site cannot be baked until the problems above are fixed");
        }
        out.println(ok ? "Everything checks out." : "There are problems: see above.");
        return ok ? 0 : 1;
    }

    /**
     * Bakes the site into a temporary folder, deleted after, and prints every page's reading grade: the
     * bake's own checks (links, pupils' pages' reading grades) fail check-config as they fail the bake.
     */
    private boolean bakeForReadingGrades() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Path folder;
        try {
            folder = Files.createTempDirectory("esafety-hub-check-config");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (var build = new SiteBuild(root, folder.resolve("site"), root.resolve(database.config()))) {
            boolean baked = true;
            try {
                build.run();
            } catch (BakeFailedException e) {
                e.problems().forEach(err::println);
                baked = false;
            }
            ReadingGradeTable.print(build.readings(), out);
            return baked;
        } finally {
            deleteRecursively(folder);
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lessons' activities files. */
    private boolean checkActivities(PrintWriter out, PrintWriter err) {
        try {
            var activities = ActivityBook.load(root.resolve("content"));
            out.println("activities: " + activities.activities() + " on " + activities.lessons() + " lesson pages");
            return true;
        } catch (InvalidActivitiesException e) {
            e.problems().forEach(err::println);
            return false;
        }
    }

    /** Connects to the database the service would open, changing nothing; not without the trust file, which may name it. */
    private boolean checkDatabase(Trust trust) {
        if (trust == null) {
            return false;
        }
        try {
            var address = database.address(trust).under(root);
            spec.commandLine().getOut().println("database: " + ConnectionCheck.describe(address, System.getenv()));
            return true;
        } catch (IllegalArgumentException | IllegalStateException | InvalidTrustFileException e) {
            spec.commandLine().getErr().println("database: " + e.getMessage());
            return false;
        }
    }
}
