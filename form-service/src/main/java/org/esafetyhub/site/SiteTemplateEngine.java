package org.esafetyhub.site;

import org.esafetyhub.help.HelpLinks;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Adds the layout's model (trust, navigation, breadcrumbs, child pages, the lessons, the A–Z list) to every page JBake
 * renders, and hands each rendered page to be read ahead ({@link PagesReadAhead}).
 */
final class SiteTemplateEngine extends DelegatingTemplateEngine {

    /** The Learn page: its lessons by age band are every page's lessonGroups (the certificate names them). */
    private static final String LEARN_URL = "/lessons/";

    private final ContentStore store;
    private final JBakeConfiguration config;
    private final Map<String, Object> trust;
    private final Map<String, Object> data;
    private final HelpLinks help;
    private final PagesReadAhead readAhead;
    private final SiteLanguages languages;
    private SiteIndex index;
    private List<Map<String, Object>> lessonGroups;
    private Map<String, Object> alternatesByUrl;
    /** The main navigation's sections (templates/macros/header.ftl). */
    private static final List<String> NAV_URLS = List.of("/pupils/", "/parents/", "/staff-guide/", "/report/");
    private static final String REPORT_URL = "/report/";

    SiteTemplateEngine(ContentStore store, JBakeConfiguration config, Map<String, Object> trust, Map<String, Object> data,
                       HelpLinks help, PagesReadAhead readAhead, SiteLanguages languages) {
        super(store, config);
        this.store = store;
        this.config = config;
        this.trust = trust;
        this.data = data;
        this.help = help;
        this.readAhead = readAhead;
        this.languages = languages;
    }

    /**
     * The main navigation's addresses in a language: a section's home in that language where it is translated, and the
     * report path in it (the service's, offered in every language a page can be in: one with its template words).
     */
    private Map<String, String> navUrls(String lang) {
        var urls = new java.util.HashMap<String, String>();
        for (var section : NAV_URLS) {
            var translated = languages.urlIn(lang, section);
            urls.put(section, index.exists(translated) || section.equals(REPORT_URL) ? translated : section);
        }
        return urls;
    }

    /** For the sitemap: every page that exists in more than one language, by address, with its alternates. */
    private Map<String, Object> alternatesByUrl() {
        if (alternatesByUrl == null) {
            var all = new java.util.HashMap<String, Object>();
            for (var url : index.urls()) {
                var alternates = languages.model("en", englishUrlOf(url), index::exists, config.getSiteHost()).get("alternates");
                if (!((List<?>) alternates).isEmpty()) {
                    all.put(url, alternates);
                }
            }
            alternatesByUrl = all;
        }
        return alternatesByUrl;
    }

    private String englishUrlOf(String url) {
        for (var code : languages.translationCodes()) {
            if (url.startsWith("/" + code + "/")) {
                return url.substring(code.length() + 1);
            }
        }
        return url;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        if (index == null) {
            // rendering starts only after the crawl, so the index sees every page
            index = new SiteIndex(store, config.getDocumentTypes());
            lessonGroups = index.childGroupsOf(LEARN_URL);
        }
        var content = model.getContent();
        var url = SiteIndex.urlOf(content);
        var lang = Objects.toString(content.get(Translated.LANG), "en");
        var englishUrl = Objects.toString(content.get(Translated.ENGLISH_URL), url);
        var language = languages.model(lang, englishUrl, index::exists, config.getSiteHost());
        @SuppressWarnings("unchecked")
        var words = (Map<String, String>) language.get("messages");
        model.putAll(PageModel.layout(trust, url, englishUrl, Objects.toString(content.getTitle(), ""), index::titleOf,
                words.get("breadcrumbs.home")));
        model.putAll(language);
        model.put("navUrls", navUrls(lang));
        model.put("alternatesByUrl", alternatesByUrl());
        model.put("childGroups", index.childGroupsOf(url));
        model.put("lessonGroups", lessonGroups);
        model.put("pagesAtoZ", index.pagesAtoZ());
        model.putAll(data);
        if (!"en".equals(lang)) {
            model.put("translation", Map.of("checkedBy", Objects.toString(content.get(TranslationCheck.CHECKED_BY), ""),
                    "translated", Objects.toString(content.get(TranslationCheck.TRANSLATED), "")));
        }
        var body = content.getBody();
        var linked = body == null ? null : help.resolveLinks(body);
        if (linked != null && !linked.equals(body)) {
            // the body's help: links point at the services; in a copy, so that the kept store's document keeps them
            // for the next bake, whose data/help-services.yaml may differ
            var resolved = new DocumentModel();
            resolved.putAll(content);
            resolved.setBody(linked);
            model.setContent(resolved);
        }
        var page = new StringWriter();
        super.renderDocument(model, templateName, page);
        var text = page.toString();
        try {
            writer.write(text);
        } catch (IOException e) {
            throw new RenderingException(e);
        }
        readAhead.rendered(Objects.toString(content.getUri(), ""), text);
    }
}
