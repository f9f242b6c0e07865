package org.esafetyhub.site;

import org.esafetyhub.data.DataFile;
import org.esafetyhub.language.Language;
import org.esafetyhub.language.Languages;
import org.esafetyhub.language.Messages;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The languages and template words one bake uses, read from {@code data/} under the site's root at every bake (so the
 * preview follows a change), and what the layout of a page in one of them needs: its lang and dir, its words, and
 * the same page in the other languages it exists in.
 */
record SiteLanguages(Languages languages, Messages messages) {

    /** @throws BakeFailedException naming the file, if one is wrong */
    static SiteLanguages under(Path root) {
        try {
            var languages = Languages.forSite(root);
            return new SiteLanguages(languages, Messages.forSite(root, languages));
        } catch (DataFile.Invalid e) {
            var message = e.getMessage();
            int colon = message.indexOf(": ");
            throw new BakeFailedException(List.of(colon < 0 ? new BakeProblem("data", 0, message)
                    : new BakeProblem(message.substring(0, colon), 0, message.substring(colon + 2))));
        }
    }

    /** The codes of every language but English. */
    Set<String> translationCodes() {
        return languages.all().stream().skip(1).map(Language::code).collect(Collectors.toUnmodifiableSet());
    }

    String settings() {
        return languages.all().toString();
    }

    /**
     * What the layout reads about the page's language: {@code lang} (the code), {@code htmlLang}, {@code dir},
     * {@code messages} (its words by key), {@code englishUrl}, and {@code alternates}: the page in each language it
     * exists in, English first, each with code, htmlLang, name, dir, href, and current (this page) — empty when the
     * page exists in English only.
     *
     * @param englishUrl the English page's address, such as {@code /parents/}
     * @param exists     whether a page is published at an address
     * @param siteUrl    the site's address, for the absolute addresses hreflang links need
     */
    Map<String, Object> model(String code, String englishUrl, Predicate<String> exists, String siteUrl) {
        var language = languages.byCode(code).orElse(languages.english());
        var model = new HashMap<String, Object>();
        model.put("lang", language.code());
        model.put("htmlLang", language.htmlLang());
        model.put("dir", language.dir());
        model.put("messages", messages.of(language.code()));
        model.put("englishUrl", englishUrl);
        model.put("alternates", alternates(language, englishUrl, exists, siteUrl));
        return model;
    }

    private List<Map<String, Object>> alternates(Language current, String englishUrl, Predicate<String> exists, String siteUrl) {
        var alternates = new ArrayList<Map<String, Object>>();
        for (var language : languages.all()) {
            var href = urlIn(language.code(), englishUrl);
            if (exists.test(href)) {
                alternates.add(Map.of("code", language.code(), "htmlLang", language.htmlLang(), "name", language.name(),
                        "dir", language.dir(), "href", href, "absolute", siteUrl.replaceAll("/+$", "") + href,
                        "current", language.code().equals(current.code())));
            }
        }
        return alternates.size() > 1 ? alternates : List.of();
    }

    /** The address of an English page's translation ({@code /pl/parents/}), or the English address itself for en. */
    String urlIn(String code, String englishUrl) {
        return code.equals(languages.english().code()) ? englishUrl : "/" + code + englishUrl;
    }
}
