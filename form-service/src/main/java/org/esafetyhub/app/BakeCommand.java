package org.esafetyhub.app;

import org.esafetyhub.policy.InvalidPolicyFileException;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.InvalidQuizException;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.site.BakeFailedException;
import org.esafetyhub.site.SiteBaker;
import org.esafetyhub.trust.InvalidTrustFileException;
import org.esafetyhub.trust.TrustFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "bake", mixinStandardHelpOptions = true,
        description = "Bake content/, templates/ and assets/ into a static site. Fails, naming file and line, on a broken header, template or link.")
final class BakeCommand implements Callable<Integer> {

    /** The policy as data, under the root: one source for the policy page and the case checklists. */
    static final Path POLICY = Path.of("data/policy.yaml");

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", description = "The folder holding content/, templates/, assets/ and jbake.properties (default: ${DEFAULT-VALUE}).")
    private Path root = Path.of(".");

    @Option(names = "--out", description = "Where to write the site (default: ${DEFAULT-VALUE}, under the root).")
    private Path out = Path.of("target/site");

    @Option(names = "--config", description = "The trust file (default: ${DEFAULT-VALUE}, under the root).")
    private Path config = Path.of("config/trust.yaml");

    private static Set<String> servicePages(QuizBank quizzes) {
        var pages = new HashSet<>(App.SERVICE_PAGES.keySet());
        pages.addAll(quizzes.formUrls());
        return pages;
    }

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        try {
            var trust = TrustFile.load(root.resolve(config));
            var policy = PolicyFile.load(root.resolve(POLICY));
            var quizzes = QuizBank.load(root.resolve("content"));
            var summary = new SiteBaker(root, root.resolve(out), trust, Map.of(
                    "policy", PolicyFile.asTemplateModel(policy),
                    "quizzes", quizzes.templateModel()), servicePages(quizzes)).bake();
            spec.commandLine().getOut().printf(Locale.ROOT, "Baked %d pages and %d quizzes into %s in %.1f s%n",
                    summary.pages(), quizzes.size(), root.resolve(out).normalize(), summary.millis() / 1000.0);
            return 0;
        } catch (InvalidTrustFileException | InvalidPolicyFileException | InvalidQuizException | BakeFailedException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
