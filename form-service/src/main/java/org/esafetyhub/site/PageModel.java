package org.esafetyhub.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the layout needs on every page, built the same way for baked pages and for the service's
 * own pages so that both share one header, navigation, breadcrumbs and footer.
 */
public final class PageModel {

    /** The main navigation: the first path segment of a page decides which item is current. */
    private static final Map<String, String> SECTION_OF_SEGMENT = Map.of(
            "pupils", "pupils", "lessons", "pupils", "glossary", "pupils",
            "parents", "parents",
            "staff-guide", "staff", "staff", "staff", "teaching", "staff",
            "report", "report");

    private PageModel() {
    }

    /**
     * @param url        the page's path, such as {@code /parents/keeping-evidence/}
     * @param title      the page's own title, the last breadcrumb
     * @param titleOfUrl the title of an ancestor page, if it exists
     */
    public static Map<String, Object> layout(Map<String, Object> trust, String url, String title,
                                             Function<String, Optional<String>> titleOfUrl) {
        return layout(trust, url, url, title, titleOfUrl, "Home");
    }

    /**
     * @param englishUrl the address of the page's English version (the same as url for an English page): it decides the
     *                   section, so that /pl/parents/ is in Parents
     * @param homeLabel  the first breadcrumb's words, in the page's language
     */
    public static Map<String, Object> layout(Map<String, Object> trust, String url, String englishUrl, String title,
                                             Function<String, Optional<String>> titleOfUrl, String homeLabel) {
        var model = new HashMap<String, Object>();
        model.put("trust", trust);
        model.put("url", url);
        model.put("section", section(englishUrl));
        model.put("breadcrumbs", breadcrumbs(url, title, titleOfUrl, homeLabel));
        return model;
    }

    static String section(String url) {
        var segments = url.split("/");
        return segments.length > 1 ? SECTION_OF_SEGMENT.getOrDefault(segments[1], "") : "";
    }

    /** Home, then each ancestor that exists as a page, then the page itself (without a link). The home page has none. */
    static List<Map<String, String>> breadcrumbs(String url, String title,
                                                 Function<String, Optional<String>> titleOfUrl) {
        return breadcrumbs(url, title, titleOfUrl, "Home");
    }

    static List<Map<String, String>> breadcrumbs(String url, String title,
                                                 Function<String, Optional<String>> titleOfUrl, String homeLabel) {
        var crumbs = new ArrayList<Map<String, String>>();
        if (url.equals("/")) {
            return crumbs;
        }
        crumbs.add(Map.of("label", homeLabel, "href", "/"));
        var segments = url.substring(1).split("/");
        var ancestor = new StringBuilder("/");
        for (int i = 0; i < segments.length - 1; i++) {
            ancestor.append(segments[i]).append('/');
            var href = ancestor.toString();
            titleOfUrl.apply(href).ifPresent(label -> crumbs.add(Map.of("label", label, "href", href)));
        }
        crumbs.add(Map.of("label", title));
        return crumbs;
    }
}
