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
    private SiteIndex index;
    private List<Map<String, Object>> lessonGroups;

    SiteTemplateEngine(ContentStore store, JBakeConfiguration config, Map<String, Object> trust, Map<String, Object> data,
                       HelpLinks help, PagesReadAhead readAhead) {
        super(store, config);
        this.store = store;
        this.config = config;
        this.trust = trust;
        this.data = data;
        this.help = help;
        this.readAhead = readAhead;
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
        model.putAll(PageModel.layout(trust, url, Objects.toString(content.getTitle(), ""), index::titleOf));
        model.put("childGroups", index.childGroupsOf(url));
        model.put("lessonGroups", lessonGroups);
        model.put("pagesAtoZ", index.pagesAtoZ());
        model.putAll(data);
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
