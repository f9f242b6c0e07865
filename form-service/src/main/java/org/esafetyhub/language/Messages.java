package org.esafetyhub.language;

import org.esafetyhub.data.DataFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The words of the templates in every language that has them, from {@code data/messages/<code>.yaml}: flat keys
 * ({@code nav.parents: "Parents"}), English complete and the reference. The bake reads the files under the site's root,
 * the service from the jar ({@code /data/messages/<code>.yaml}), like {@link Languages}.
 */
public final class Messages {

    public static final String FOLDER = "data/messages";

    private final Map<String, Map<String, String>> byCode;

    private Messages(Map<String, Map<String, String>> byCode) {
        this.byCode = byCode;
    }

    /** The files under a site's root, or the packaged copies for a site without them (a test's small site). */
    public static Messages forSite(Path root, Languages languages) {
        if (!Files.isRegularFile(root.resolve(shownName("en")))) {
            return loadPackaged(languages);
        }
        var byCode = new LinkedHashMap<String, Map<String, String>>();
        for (var language : languages.all()) {
            var file = root.resolve(shownName(language.code()));
            if (Files.isRegularFile(file)) {
                byCode.put(language.code(), words(DataFile.read(file, shownName(language.code()), Map.class), language.code()));
            }
        }
        return checked(byCode);
    }

    public static Messages loadPackaged(Languages languages) {
        var byCode = new LinkedHashMap<String, Map<String, String>>();
        for (var language : languages.all()) {
            var resource = "/" + shownName(language.code());
            if (Messages.class.getResource(resource) != null) {
                byCode.put(language.code(), words(DataFile.readResource(resource, shownName(language.code()), Map.class),
                        language.code()));
            }
        }
        return checked(byCode);
    }

    public static String shownName(String code) {
        return FOLDER + "/" + code + ".yaml";
    }

    /** Whether the language has its file of words. */
    public boolean has(String code) {
        return byCode.containsKey(code);
    }

    /** A language's words by key, for templates; English for a language without its file. */
    public Map<String, String> of(String code) {
        return byCode.getOrDefault(code, byCode.get("en"));
    }

    /** One message in a language with its {0}, {1}… filled in. */
    public String text(String code, String key, Object... args) {
        var text = of(code).get(key);
        if (text == null) {
            throw new IllegalArgumentException(shownName("en") + " has no key " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Each language's file whose keys are not exactly English's: the keys it lacks and the keys it has that English has not. */
    public List<String> keyProblems() {
        var english = byCode.get("en").keySet();
        var problems = new ArrayList<String>();
        byCode.forEach((code, words) -> {
            var missing = new TreeSet<>(english);
            missing.removeAll(words.keySet());
            var extra = new TreeSet<>(words.keySet());
            extra.removeAll(english);
            if (!missing.isEmpty()) {
                problems.add(shownName(code) + " lacks " + String.join(", ", missing) + " (they are in " + shownName("en") + ")");
            }
            if (!extra.isEmpty()) {
                problems.add(shownName(code) + " has " + String.join(", ", extra) + ", which " + shownName("en") + " has not");
            }
        });
        return problems;
    }

    private static Messages checked(Map<String, Map<String, String>> byCode) {
        if (!byCode.containsKey("en")) {
            throw new DataFile.Invalid(shownName("en") + ": file not found (English words are the reference)");
        }
        return new Messages(Collections.unmodifiableMap(byCode));
    }

    private static Map<String, String> words(Map<?, ?> file, String code) {
        var words = new LinkedHashMap<String, String>();
        if (file == null) {
            return words;
        }
        file.forEach((key, value) -> {
            if (!(value instanceof String text)) {
                throw new DataFile.Invalid(shownName(code) + ": " + key + " must be words in quotes, not " + value);
            }
            words.put(String.valueOf(key), text);
        });
        return Collections.unmodifiableMap(words);
    }
}
