package org.esafetyhub.site;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every published page's title, summary and place, read from the content store once per bake.
 * Templates get navigation from here instead of querying all pages on every page.
 */
final class SiteIndex {

    private static final Comparator<Map<String, Object>> LISTING_ORDER = Comparator
            .comparing((Map<String, Object> page) -> order(page))
            .thenComparing(page -> String.valueOf(page.get("title")));

    /** The search page's type: it lists every other page, not itself. */
    static final String SEARCH_TYPE = "search";

    private final Map<String, Map<String, Object>> pageByUrl = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> childrenByUrl = new HashMap<>();
    private final List<Map<String, Object>> pagesAtoZ;

    SiteIndex(ContentStore store, List<String> documentTypes) {
        for (var type : documentTypes) {
            for (DocumentModel document : store.getPublishedContent(type)) {
                var url = urlOf(document);
                var page = new HashMap<String, Object>(document);
                page.remove("body");
                page.put("url", url);
                pageByUrl.put(url, page);
            }
        }
        for (var page : pageByUrl.values()) {
            var url = (String) page.get("url");
            var parent = url.substring(0, url.lastIndexOf('/', url.length() - 2) + 1);
            childrenByUrl.computeIfAbsent(parent, p -> new ArrayList<>()).add(page);
        }
        childrenByUrl.values().forEach(children -> children.sort(LISTING_ORDER));
        pagesAtoZ = pageByUrl.values().stream()
                .filter(page -> !SEARCH_TYPE.equals(page.get("type")))
                .filter(page -> "en".equals(page.getOrDefault(Translated.LANG, "en")))
                .sorted(Comparator.comparing((Map<String, Object> page) -> String.valueOf(page.get("title")), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(page -> String.valueOf(page.get("url"))))
                .toList();
    }

    static String urlOf(Map<String, Object> document) {
        var uri = document.get("noExtensionUri");
        return "/" + (uri == null ? "" : uri);
    }

    java.util.Set<String> urls() {
        return pageByUrl.keySet();
    }

    boolean exists(String url) {
        return pageByUrl.containsKey(url);
    }

    Optional<String> titleOf(String url) {
        return Optional.ofNullable(pageByUrl.get(url)).map(page -> String.valueOf(page.get("title")));
    }

    /** Every English page but the search page, by title: the search page's list when there is no JavaScript to search with. */
    List<Map<String, Object>> pagesAtoZ() {
        return pagesAtoZ;
    }

    List<Map<String, Object>> childrenOf(String url) {
        return childrenByUrl.getOrDefault(url, List.of());
    }

    /**
     * A page's children for listing: grouped by age band ("7-11", checked by {@link ContentCheck}),
     * youngest first, when every child has one (the lessons); otherwise one group without a title.
     */
    List<Map<String, Object>> childGroupsOf(String url) {
        var children = childrenOf(url);
        if (children.isEmpty()) {
            return List.of();
        }
        if (!children.stream().allMatch(child -> child.get("ageBand") != null)) {
            return List.of(Map.of("title", "", "pages", children));
        }
        var byBand = new TreeMap<Integer, List<Map<String, Object>>>();
        var bandNames = new HashMap<Integer, String>();
        for (var child : children) {
            var band = String.valueOf(child.get("ageBand"));
            int youngest = Integer.parseInt(band.substring(0, band.indexOf('-')));
            byBand.computeIfAbsent(youngest, b -> new ArrayList<>()).add(child);
            bandNames.put(youngest, band);
        }
        var groups = new ArrayList<Map<String, Object>>();
        byBand.forEach((youngest, pages) ->
                groups.add(Map.of("title", "Ages " + bandNames.get(youngest).replace("-", " to "), "pages", pages)));
        return groups;
    }

    private static int order(Map<String, Object> page) {
        try {
            return Integer.parseInt(String.valueOf(page.getOrDefault("order", "1000")));
        } catch (NumberFormatException e) {
            return 1000;
        }
    }
}
