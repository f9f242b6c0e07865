package org.esafetyhub.site;

import org.apache.commons.configuration2.Configuration;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * JBake 2.7.0's {@code Oven.bake()}, step by step, less what only its OrientDB store needs (the
 * Oven asks the store to build a database schema, in a method that cannot be overridden) and less
 * JBake's data files, which no template reads (the policy and quizzes reach templates as our own
 * model). Crawl (Markdown with {@link MarkdownBodies}), render with every rendering tool JBake
 * registers, copy the assets.
 */
final class Bake {

    private static final MarkdownBodies MARKDOWN = new MarkdownBodies();
    /**
     * The quizzes beside the lessons ({@code *.quiz.yaml}) are read by the quiz bank: JBake would
     * parse each as a page, YAML and all, only to drop it for having no type.
     */
    private static final ParserEngine NOT_PAGES = new ParserEngine() {
        @Override
        public DocumentModel parse(JBakeConfiguration config, File file) {
            return null;
        }

        @Override
        public Map<String, Object> parse(Configuration config, File file, String contentPath) {
            return null;
        }
    };

    private Bake() {
    }

    /** @return what went wrong in rendering or copying, as JBake's Oven collects it; a crawl that fails throws */
    static List<Throwable> run(Utensils utensils) {
        var errors = new ArrayList<Throwable>();
        var store = utensils.getContentStore();
        var config = utensils.getConfiguration();
        store.startup();
        try {
            DocumentTypes.resetDocumentTypes();
            ModelExtractors.getInstance().reset();
            DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
            config.getDocumentTypes().forEach(DocumentTypes::addDocumentType);
            Engines.register("md", MARKDOWN);
            Engines.register("yaml", NOT_PAGES);
            Engines.register("yml", NOT_PAGES);
            try (var crawl = MARKDOWN.crawling()) {
                utensils.getCrawler().crawl();
                crawl.finish();
            }
            for (var tool : ServiceLoader.load(RenderingTool.class)) {
                try {
                    tool.render(utensils.getRenderer(), store, config);
                } catch (RenderingException e) {
                    errors.add(e);
                }
            }
            utensils.getAsset().copy();
            utensils.getAsset().copyAssetsFromContent(config.getContentFolder());
            errors.addAll(utensils.getAsset().getErrors());
        } finally {
            store.close();
        }
        return errors;
    }
}
