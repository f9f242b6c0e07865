package org.esafetyhub.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The current version of each Acceptable Use Policy, as the site being served shows it: read from the
 * baked page on every call, so that a re-bake (as {@code preview} does) changes it at once and the
 * service never records a version other than the one people read.
 */
public final class Agreements {

    public static final String PARENTS = "parents";
    public static final String STAFF = "staff";
    private static final Pattern VERSION = Pattern.compile("data-agreement-version=\"([0-9a-f]{" + AgreementVersion.LENGTH + "})\"");

    private final Path site;

    public Agreements(Path site) {
        this.site = site;
    }

    /** Empty when the site has no such agreement: then there is nothing to sign or accept. */
    public Optional<String> current(String audience) {
        var page = site.resolve(AgreementVersion.FOLDER).resolve(audience).resolve("index.html");
        if (!Files.isRegularFile(page)) {
            return Optional.empty();
        }
        try {
            var matcher = VERSION.matcher(Files.readString(page));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of an agreement's page in a language: its translation where the site has one, else the English page. */
    public String url(String audience, org.esafetyhub.language.Words words) {
        var translated = words.url(url(audience));
        return Files.isRegularFile(site.resolve(translated.substring(1)).resolve("index.html")) ? translated : url(audience);
    }

    /** The address of an agreement's page. */
    public static String url(String audience) {
        return "/" + AgreementVersion.FOLDER + "/" + audience + "/";
    }
}
