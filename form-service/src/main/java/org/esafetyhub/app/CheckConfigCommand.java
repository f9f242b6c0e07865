package org.esafetyhub.app;

import org.esafetyhub.policy.InvalidPolicyFileException;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.InvalidQuizException;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.site.SiteBaker;
import org.esafetyhub.trust.InvalidTrustFileException;
import org.esafetyhub.trust.TrustFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check-config", mixinStandardHelpOptions = true,
        description = "Check the trust file, the policy, the quizzes and every content file's header, and print every problem with its place.")
final class CheckConfigCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", description = "The folder holding content/, templates/, data/ and jbake.properties (default: ${DEFAULT-VALUE}).")
    private Path root = Path.of(".");

    @Option(names = "--config", description = "The trust file (default: ${DEFAULT-VALUE}, under the root).")
    private Path config = Path.of("config/trust.yaml");

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        boolean ok = true;
        try {
            var trust = TrustFile.load(root.resolve(config));
            out.println("trust file: " + trust.academies().size() + " academies"
                    + (trust.smtp() == null ? " (no smtp: notifications will wait in the outbox)" : ""));
            out.println("staff training: pass mark " + trust.training().passMark() + "%, refresher every " + trust.training().refresher());
        } catch (InvalidTrustFileException e) {
            err.println(e.getMessage());
            ok = false;
        }
        try {
            out.println("policy: " + PolicyFile.load(root.resolve(SiteBuild.POLICY)).requiredActions().size() + " required actions");
        } catch (InvalidPolicyFileException e) {
            err.println(e.getMessage());
            ok = false;
        }
        try {
            var quizzes = QuizBank.load(root.resolve("content"));
            out.println("quizzes: " + quizzes.size());
            out.println(quizzes.training().map(course -> "training course: " + course.pages().size() + " pages and a quiz of "
                    + course.questionIds().size() + " questions, version " + course.version()).orElse("training course: none"));
        } catch (InvalidQuizException e) {
            e.problems().forEach(err::println);
            ok = false;
        }
        try (var baker = new SiteBaker(root, root.resolve("target/check-config"))) {
            var sources = baker.checkSources();
            sources.problems().forEach(err::println);
            ok &= sources.problems().isEmpty();
            out.println("content: " + sources.pages() + " pages");
        }
        out.println(ok ? "Everything checks out." : "There are problems: see above.");
        return ok ? 0 : 1;
    }
}
