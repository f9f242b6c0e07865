package org.esafetyhub.site;

import org.esafetyhub.trust.Trust;
import org.esafetyhub.trust.TrustFile;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Bakes {@code content/}, {@code templates/} and {@code assets/} of a site root into a folder of
 * static files: check the headers, crawl and render with JBake, check every internal link, then
 * write the search index.
 */
public final class SiteBaker {

    private final Path root;
    private final Path output;
    private final Trust trust;
    private final Map<String, Object> data;
    private final Set<String> servicePages;

    /**
     * @param data         what templates may read besides the trust, by name (such as the policy)
     * @param servicePages paths the service answers (such as {@code /report/}), valid targets for links
     */
    public SiteBaker(Path root, Path output, Trust trust, Map<String, Object> data, Set<String> servicePages) {
        this.root = root.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.trust = trust;
        this.data = Map.copyOf(data);
        this.servicePages = servicePages;
    }

    public record Summary(int pages, long millis) {
    }

    public Summary bake() {
        long start = System.nanoTime();
        var config = configuration();
        var pages = SourcePage.under(config.getContentFolder().toPath());
        var problems = new ArrayList<>(new ContentCheck(type -> templateOf(config, type)).check(pages));
        if (!problems.isEmpty()) {
            throw new BakeFailedException(problems);
        }
        deleteRecursively(output);
        var oven = new Oven(utensils(config));
        oven.bake();
        oven.getErrors().forEach(error -> problems.addAll(RenderError.toProblems(error, pages, output.toString())));
        if (problems.isEmpty()) {
            var baked = BakedPage.under(output);
            problems.addAll(new LinkCheck(output, servicePages, pages).check(baked));
            SearchIndex.write(output, baked);
        }
        if (!problems.isEmpty()) {
            throw new BakeFailedException(problems);
        }
        return new Summary(pages.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private DefaultJBakeConfiguration configuration() {
        var config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(root.toFile(), output.toFile(), true);
        config.setProperty("site.host", trust.siteUrl().replaceAll("/+$", ""));
        return config;
    }

    private static Path templateOf(DefaultJBakeConfiguration config, String type) {
        var name = config.getTemplateFileByDocType(type);
        return name == null ? null : name.toPath();
    }

    /** Built by hand rather than by UtensilsFactory: a fresh store per bake (no static one shared by tests) that memoises. */
    private Utensils utensils(DefaultJBakeConfiguration config) {
        var store = new MemoisingContentStore("bake-" + UUID.randomUUID());
        var utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setRenderer(new Renderer(store, config,
                new SiteTemplateEngine(store, config, TrustFile.asTemplateModel(trust), data)));
        utensils.setAsset(new Asset(config));
        return utensils;
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
