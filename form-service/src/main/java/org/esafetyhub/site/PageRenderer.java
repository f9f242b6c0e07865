package org.esafetyhub.site;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.esafetyhub.language.Language;
import org.esafetyhub.language.Languages;
import org.esafetyhub.language.Messages;
import org.esafetyhub.language.Words;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders the service's own pages (forms, receipts, staff area) from the same Freemarker templates
 * as the baked site, packaged into the jar from {@code templates/}, so both share one layout.
 */
public final class PageRenderer {

    /** The header's sections with translated homes (templates/macros/header.ftl); the report path is the service's own. */
    private static final List<String> SECTIONS = List.of("/pupils/", "/parents/", "/staff-guide/");

    private final Configuration freemarker;
    private final Map<String, Object> trust;
    private final Map<String, Object> data;
    private final Map<String, String> titleOfServicePage;
    /** The languages the service's pages are offered in (those with their words), English first, by code. */
    private final Map<String, Words> words;
    private final String siteUrl;

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
        var messages = Messages.loadPackaged(languages);
        var offered = new LinkedHashMap<String, Words>();
        for (var language : languages.all()) {
            if (messages.has(language.code())) {
                offered.put(language.code(), new Words(language, messages.of(language.code())));
            }
        }
        this.words = Collections.unmodifiableMap(offered);
        this.siteUrl = String.valueOf(trust.getOrDefault("siteUrl", "")).replaceAll("/+$", "");
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
        return render(english(), template, url, title, values, false);
    }

    /** English, the default language of the service's pages, at their unprefixed addresses. */
    public Words english() {
        return words.values().iterator().next();
    }

    /** The languages the service's pages are offered in, English first: those of data/languages.yaml with their words. */
    public Collection<Words> languages() {
        return words.values();
    }

    /**
     * A service page in one of the languages: {@code <html lang dir>}, the layout's words and the language switcher as on
     * a baked page of that language (see SiteLanguages), and {@code langPrefix} for the page's own links and forms.
     *
     * @param englishUrl the page's English address, such as {@code /report/form/}; the page is at {@code words.url(englishUrl)}
     * @param switcher   whether the header offers the page in the other languages: only for a page an address alone
     *                   shows again (not the answer to a form)
     */
    public String render(Words words, String template, String englishUrl, String title, Map<String, Object> values,
                         boolean switcher) {
        var url = words.url(englishUrl);
        var model = new HashMap<String, Object>(data);
        model.put("lang", words.code());
        model.put("htmlLang", words.language().htmlLang());
        model.put("dir", words.language().dir());
        model.put("messages", words.messages());
        model.put("englishUrl", englishUrl);
        model.put("langPrefix", words.prefix());
        model.put("alternates", switcher ? alternates(words.language(), englishUrl) : List.of());
        model.put("navUrls", navUrls(words));
        if (!words.code().equals(english().code())) {
            // the template words are the page's only words: unchecked until a fluent reader has checked the message file
            model.put("translation", Map.of("checkedBy", Objects.toString(words.language().checkedBy(), "")));
        }
        model.putAll(values);
        model.putAll(PageModel.layout(trust, url, englishUrl, title,
                ancestor -> ancestor.equals("/") ? Optional.empty() : Optional.ofNullable(titleOfServicePage.get(ancestor)),
                words.text("breadcrumbs.home")));
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

    /**
     * The header's sections in the page's language where the site has them translated: the bake's section homes
     * ({@code content/parents.ur.md}) are packaged into the jar for this, as the bake's navigation does for its pages.
     */
    private static Map<String, String> navUrls(Words words) {
        var urls = new HashMap<String, String>();
        for (var section : SECTIONS) {
            var translated = PageRenderer.class.getResource("/content" + section.replaceAll("/$", "") + "." + words.code() + ".md");
            urls.put(section, translated != null ? words.url(section) : section);
        }
        urls.put("/report/", words.url("/report/"));
        return urls;
    }

    private List<Map<String, Object>> alternates(Language current, String englishUrl) {
        if (words.size() < 2) {
            return List.of();
        }
        return words.values().stream().map(other -> Map.<String, Object>of("code", other.code(),
                "htmlLang", other.language().htmlLang(), "name", other.language().name(), "dir", other.language().dir(),
                "href", other.url(englishUrl), "absolute", siteUrl + other.url(englishUrl),
                "current", other.code().equals(current.code()))).toList();
    }
}
