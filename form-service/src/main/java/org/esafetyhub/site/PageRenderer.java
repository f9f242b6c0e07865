package org.esafetyhub.site;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.esafetyhub.language.Languages;
import org.esafetyhub.language.Messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the service's own pages (forms, receipts, staff area) from the same Freemarker templates
 * as the baked site, packaged into the jar from {@code templates/}, so both share one layout.
 */
public final class PageRenderer {

    private final Configuration freemarker;
    private final Map<String, Object> trust;
    private final Map<String, Object> data;
    private final Map<String, String> titleOfServicePage;
    /** The service's pages are in English for now; its words come from the packaged data/messages/en.yaml. */
    private final Map<String, Object> language;

    /**
     * @param data               what every page's templates may read besides the trust, by name, as the bake gives
     *                           it to baked pages (the outside services the footer names)
     * @param titleOfServicePage titles of the service's pages by path, for breadcrumbs
     */
    public PageRenderer(Map<String, Object> trust, Map<String, Object> data, Map<String, String> titleOfServicePage) {
        this.trust = trust;
        this.data = data;
        this.titleOfServicePage = titleOfServicePage;
        var languages = Languages.loadPackaged();
        var english = languages.english();
        language = Map.of("lang", english.code(), "htmlLang", english.htmlLang(), "dir", english.dir(),
                "messages", Messages.loadPackaged(languages).of(english.code()), "alternates", List.of());
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setClassForTemplateLoading(PageRenderer.class, "/templates");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
    }

    /**
     * @param template a template under {@code templates/}, such as {@code service/report-how.ftl}
     * @param url      the page's path
     * @param title    the page's title
     * @param values   what the template itself needs
     */
    public String render(String template, String url, String title, Map<String, Object> values) {
        var model = new HashMap<String, Object>(data);
        model.putAll(language);
        model.putAll(values);
        model.putAll(PageModel.layout(trust, url, title,
                ancestor -> ancestor.equals("/") ? Optional.empty() : Optional.ofNullable(titleOfServicePage.get(ancestor))));
        model.put("content", Map.of("title", title, "url", url));
        var out = new StringWriter();
        try {
            freemarker.getTemplate(template).process(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template " + template + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
