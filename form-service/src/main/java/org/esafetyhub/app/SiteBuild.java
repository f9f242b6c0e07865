package org.esafetyhub.app;

import org.esafetyhub.activity.ActivityBook;
import org.esafetyhub.agreement.AgreementVersion;
import org.esafetyhub.policy.Policy;
import org.esafetyhub.policy.PolicyFile;
import org.esafetyhub.quiz.QuizBank;
import org.esafetyhub.training.TrainingCourse;
import org.esafetyhub.site.PageReading;
import org.esafetyhub.site.SiteBaker;
import org.esafetyhub.trust.Trust;
import org.esafetyhub.trust.TrustFile;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole bake, as {@code bake} and {@code preview} run it: read and check the trust file, the
 * policy, the quizzes, the lessons' activities and the help services, then bake the site with them.
 * Each step throws its own exception, whose message names the file and line (or key) to fix. One
 * build runs as often as asked; close it after.
 */
final class SiteBuild implements AutoCloseable {

    /** The policy as data, under the root: one source for the policy page and the case checklists. */
    static final Path POLICY = Path.of("data/policy.yaml");

    /** What a bake read and wrote: the service scores the quizzes the site was baked with. */
    record Result(Trust trust, QuizBank quizzes, SiteBaker.Summary summary, Policy policy) {
    }

    private final Path root;
    private final Path config;
    private final SiteBaker baker;

    /**
     * @param out    where to write the site
     * @param config the trust file
     */
    SiteBuild(Path root, Path out, Path config) {
        this.root = root;
        this.config = config;
        this.baker = new SiteBaker(root, out);
    }

    Result run() {
        var trust = TrustFile.load(config);
        var policy = PolicyFile.load(root.resolve(POLICY));
        var quizzes = QuizBank.load(root.resolve("content"));
        TrainingCourse.loadFrom(root.resolve("content"));
        var activities = ActivityBook.load(root.resolve("content"));
        var summary = baker.bake(trust, Map.of(
                "policy", PolicyFile.asTemplateModel(policy),
                "quizzes", quizzes.templateModel(),
                "activities", activities.templateModel(),
                "agreementVersions", AgreementVersion.ofContent(root.resolve("content"))), servicePages(quizzes));
        return new Result(trust, quizzes, summary, policy);
    }

    /** Every content page's reading grade and ceiling, as the last run baked them: kept when the bake failed after rendering. */
    List<PageReading> readings() {
        return baker.readings();
    }

    @Override
    public void close() {
        baker.close();
    }

    private static Set<String> servicePages(QuizBank quizzes) {
        var pages = new HashSet<>(App.SERVICE_PAGES.keySet());
        pages.addAll(quizzes.formUrls());
        pages.addAll(App.translatedServicePages());
        return pages;
    }
}
