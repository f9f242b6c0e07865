package org.esafetyhub.language;

import java.util.Map;

/**
 * One language's template words, as a service page and its messages use them.
 *
 * @param messages the words by key, from {@code data/messages/<code>.yaml}
 */
public record Words(Language language, Map<String, String> messages) {

    /** One message with its {0}, {1}… filled in. */
    public String text(String key, Object... args) {
        var text = messages.get(key);
        if (text == null) {
            throw new IllegalArgumentException(Messages.shownName("en") + " has no key " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    public String code() {
        return language.code();
    }

    /** What the language's service addresses start with: empty for English, {@code /ur} for Urdu. */
    public String prefix() {
        return "en".equals(language.code()) ? "" : "/" + language.code();
    }

    /** An English service address in this language: {@code /report/} becomes {@code /ur/report/}. */
    public String url(String englishUrl) {
        return prefix() + englishUrl;
    }
}
