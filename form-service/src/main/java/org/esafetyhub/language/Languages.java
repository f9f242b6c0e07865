package org.esafetyhub.language;

import org.esafetyhub.data.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The site's languages, from {@code data/languages.yaml}: English first (the default, at unprefixed addresses, the
 * version that counts), then every language pages may be translated into. The bake reads the file under the site's
 * root; the build packages it into the jar ({@code /data/languages.yaml}), from where the service reads it.
 */
public final class Languages {

    public static final String SHOWN_NAME = "data/languages.yaml";
    static final String RESOURCE = "/" + SHOWN_NAME;
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private record File(List<Language> languages) {
    }

    private final List<Language> all;

    private Languages(List<Language> all) {
        this.all = List.copyOf(all);
    }

    public static Languages of(List<Language> all) {
        var problems = problems(all);
        if (!problems.isEmpty()) {
            throw new DataFile.Invalid(SHOWN_NAME + ": " + String.join("; ", problems));
        }
        return new Languages(all);
    }

    public static Languages loadPackaged() {
        return of(DataFile.readResource(RESOURCE, SHOWN_NAME, File.class).languages());
    }

    /** The file under a site's root, or the packaged copy for a site without one (a test's small site). */
    public static Languages forSite(Path root) {
        var file = root.resolve(SHOWN_NAME);
        return Files.isRegularFile(file) ? of(DataFile.read(file, SHOWN_NAME, File.class).languages()) : loadPackaged();
    }

    public List<Language> all() {
        return all;
    }

    public Language english() {
        return all.get(0);
    }

    public Optional<Language> byCode(String code) {
        return all.stream().filter(language -> language.code().equals(code)).findFirst();
    }

    /** Whether a name could be a language code: what a file's second extension is checked against. */
    public static boolean looksLikeCode(String text) {
        return CODE.matcher(text).matches();
    }

    private static List<String> problems(List<Language> all) {
        var problems = new ArrayList<String>();
        if (all == null || all.isEmpty()) {
            return List.of("list at least English, under languages:");
        }
        if (!"en".equals(all.get(0).code())) {
            problems.add("English (code: en) must come first: it is the default and the version that counts");
        }
        var seen = new HashSet<String>();
        for (var language : all) {
            if (language.code() == null || !looksLikeCode(language.code())) {
                problems.add("code \"" + language.code() + "\" is not a language tag such as pl or cy");
            } else if (!seen.add(language.code())) {
                problems.add("code " + language.code() + " is listed twice");
            }
            if (language.name() == null || language.name().isBlank()) {
                problems.add(language.code() + " has no name (the language's name in itself, such as Cymraeg)");
            }
            if (!"ltr".equals(language.dir()) && !"rtl".equals(language.dir())) {
                problems.add(language.code() + ": dir must be ltr or rtl, not \"" + language.dir() + "\"");
            }
        }
        return problems;
    }
}
