package org.esafetyhub.site;

import org.esafetyhub.trust.Trust;
import org.esafetyhub.trust.TrustFile;
import org.jbake.app.Asset;
import org.jbake.app.Crawler;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Bakes {@code content/}, {@code templates/} and {@code assets/} of a site root into a folder of
 * static files: check the headers, crawl and render with JBake into a fresh folder, check every
 * internal link and every pupils' page's reading grade, write the search index, then swap the fresh
 * folder in. One baker bakes the same site as often as asked (the preview bakes again after every
 * saved change), and is closed after.
 */
public final class SiteBaker implements AutoCloseable {

    private final Path root;
    private final Path output;
    /** Where each bake goes first, beside the output: a bake that fails leaves the last good site where it was. */
    private final Path fresh;
    /** Its own store, never JBake's static one that tests would share, kept open between bakes. */
    private KeptContentStore store;
    /** What the documents in the store were parsed with: jbake.properties and the site's address. */
    private String storeSettings = "";
    /** The pages of the last bake, by output, so that a re-bake parses only the pages that changed. */
    private Map<String, BakedPage> pagesBefore = Map.of();
    /** The reading grade of every page of the last bake that got as far as rendering, even if its checks failed. */
    private List<PageReading> readings = List.of();

    public SiteBaker(Path root, Path output) {
        this.root = root.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.fresh = this.output.resolveSibling(this.output.getFileName() + ".baking");
    }

    public record Summary(int pages, long millis) {
    }

    /**
     * @param data         what templates may read besides the trust, by name (such as the policy)
     * @param servicePages paths the service answers (such as {@code /report/}), valid targets for links
     */
    public synchronized Summary bake(Trust trust, Map<String, Object> data, Set<String> servicePages) {
        long start = System.nanoTime();
        var config = configuration(trust);
        readings = List.of();
        // the languages and their template words, from data/ under the root (docs/authoring.md, "Languages")
        var languages = SiteLanguages.under(root);
        var pages = SourcePage.under(config.getContentFolder().toPath(), languages.translationCodes());
        var problems = new ArrayList<>(headerProblems(config, pages, languages));
        if (!problems.isEmpty()) {
            throw new BakeFailedException(problems);
        }
        // the outside services and guidance pages name by id (help:childline, follows=kcsie), from data/ under the root
        var references = OutsideReferences.under(root);
        problems.addAll(new ReferenceCheck(references).check(root, config.getTemplateFolder().toPath(), pages));
        if (!problems.isEmpty()) {
            throw new BakeFailedException(problems);
        }
        deleteRecursively(fresh);
        var readAhead = new PagesReadAhead(pagesBefore);
        var model = new HashMap<>(data);
        model.putAll(references.templateModel());
        var errors = Bake.run(utensils(config, storeFor(trust, languages), trust, Map.copyOf(model), references, readAhead,
                languages));
        errors.forEach(error -> problems.addAll(RenderError.toProblems(error, pages, fresh.toString())));
        if (problems.isEmpty()) {
            var baked = BakedPage.under(fresh, readAhead);
            pagesBefore = baked.stream().collect(Collectors.toMap(BakedPage::output, Function.identity()));
            problems.addAll(new LinkCheck(fresh, servicePages, pages).check(baked));
            readings = ReadingCheck.readings(pages, baked);
            problems.addAll(ReadingCheck.problems(readings));
            SearchIndex.write(fresh, baked);
        }
        if (!problems.isEmpty()) {
            throw new BakeFailedException(problems);
        }
        swapIn();
        return new Summary(pages.size(), (System.nanoTime() - start) / 1_000_000);
    }

    /** Every content page's reading grade and ceiling, as the last bake read them (empty if it failed before rendering). */
    public synchronized List<PageReading> readings() {
        return readings;
    }

    /** What is wrong with the content files' headers and their templates, found without baking; and how many pages there are. */
    public record SourceCheck(int pages, List<BakeProblem> problems) {
    }

    public SourceCheck checkSources() {
        var config = configuration(null);
        SiteLanguages languages;
        try {
            languages = SiteLanguages.under(root);
        } catch (BakeFailedException e) {
            return new SourceCheck(0, e.problems());
        }
        var pages = SourcePage.under(config.getContentFolder().toPath(), languages.translationCodes());
        return new SourceCheck(pages.size(), headerProblems(config, pages, languages));
    }

    private List<BakeProblem> headerProblems(DefaultJBakeConfiguration config, List<SourcePage> pages, SiteLanguages languages) {
        var problems = new ArrayList<>(new ContentCheck(type -> templateOf(config, type)).check(pages));
        problems.addAll(new TranslationCheck(root, languages.languages(), languages.messages()).check(pages));
        return problems;
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.closeForGood();
        }
    }

    /** The store of the bakes before, unless the settings its documents were parsed with have changed. */
    private KeptContentStore storeFor(Trust trust, SiteLanguages languages) {
        String settings;
        try {
            settings = Files.readString(root.resolve("jbake.properties")) + "\n" + trust.siteUrl() + "\n" + languages.settings();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (store == null || !settings.equals(storeSettings)) {
            close();
            store = new KeptContentStore(languages.translationCodes());
            storeSettings = settings;
        }
        return store;
    }

    /**
     * Replaces the site with the fresh bake by renaming folders, so that a server reading the site
     * meets the old one or the new one, whole (or, for the instant between the two renames, none).
     */
    private void swapIn() {
        var previous = output.resolveSibling(output.getFileName() + ".previous");
        try {
            deleteRecursively(previous);
            if (Files.exists(output)) {
                Files.move(output, previous);
            }
            Files.move(fresh, output);
            deleteRecursively(previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DefaultJBakeConfiguration configuration(Trust trust) {
        // not JBake's clearCache: the kept store decides what to parse again (see KeptContentStore)
        var config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(root.toFile(), fresh.toFile(), false);
        if (trust != null) {
            config.setProperty("site.host", trust.siteUrl().replaceAll("/+$", ""));
        }
        return config;
    }

    private static Path templateOf(DefaultJBakeConfiguration config, String type) {
        var name = config.getTemplateFileByDocType(type);
        return name == null ? null : name.toPath();
    }

    /** Built by hand rather than by UtensilsFactory, around the baker's own store. */
    private static Utensils utensils(DefaultJBakeConfiguration config, KeptContentStore store, Trust trust, Map<String, Object> data,
                                     OutsideReferences references, PagesReadAhead readAhead, SiteLanguages languages) {
        var utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setRenderer(new Renderer(store, config,
                new SiteTemplateEngine(store, config, TrustFile.asTemplateModel(trust), data, references.help(), readAhead,
                        languages)));
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
