package org.esafetyhub.app;

import org.esafetyhub.policy.InvalidPolicyFileException;
import org.esafetyhub.quiz.InvalidQuizException;
import org.esafetyhub.site.BakeFailedException;
import org.esafetyhub.trust.InvalidTrustFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bake", mixinStandardHelpOptions = true,
        description = "Bake content/, templates/ and assets/ into a static site. Fails, naming file and line, on a broken header, template or link.")
final class BakeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--root", description = "The folder holding content/, templates/, assets/ and jbake.properties (default: ${DEFAULT-VALUE}).")
    private Path root = Path.of(".");

    @Option(names = "--out", description = "Where to write the site (default: ${DEFAULT-VALUE}, under the root).")
    private Path out = Path.of("target/site");

    @Option(names = "--config", description = "The trust file (default: ${DEFAULT-VALUE}, under the root).")
    private Path config = Path.of("config/trust.yaml");

    @Override
    public Integer call() {
        try (var build = new SiteBuild(root, root.resolve(out), root.resolve(config))) {
            var baked = build.run();
            spec.commandLine().getOut().printf(Locale.ROOT, "Baked %d pages and %d quizzes into %s in %.1f s%n",
                    baked.summary().pages(), baked.quizzes().size(), root.resolve(out).normalize(), baked.summary().millis() / 1000.0);
            return 0;
        } catch (InvalidTrustFileException | InvalidPolicyFileException | InvalidQuizException | BakeFailedException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
