package org.esafetyhub.agreement;

import org.esafetyhub.crypto.Sha256;
import org.esafetyhub.language.Languages;
import org.esafetyhub.site.FrontMatter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The version of an Acceptable Use Policy: the first 12 hex digits of the SHA-256 of its Markdown body
 * (after the header, line endings made {@code \n}, trailing blank space ignored). Changing a word of the
 * agreement makes a new version; changing its header (a review date) does not. Worked out at the bake.
 */
public final class AgreementVersion {

    /** The folder under content/ that holds one agreement per audience: parents.md, pupils.md, staff.md. */
    public static final String FOLDER = "agreements";
    static final int LENGTH = 12;

    private AgreementVersion() {
    }

    static String of(String body) {
        var normalised = body.replace("\r\n", "\n").strip();
        return Sha256.hex(normalised).substring(0, LENGTH);
    }

    /** The version of each agreement under the content folder, by its {@code audience}: what agreement pages render. */
    public static Map<String, String> ofContent(Path contentFolder) {
        var versions = new LinkedHashMap<String, String>();
        var folder = contentFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return versions;
        }
        try (Stream<Path> files = Files.list(folder)) {
            // a translation (parents.pl.md) is a reading aid: what is signed, on any page, is the English wording's version
            for (var file : files.filter(f -> f.getFileName().toString().endsWith(".md")).filter(f -> !isTranslation(f)).sorted().toList()) {
                var lines = Files.readAllLines(file);
                var header = FrontMatter.parse(file.toString(), lines);
                header.get("audience").ifPresent(audience -> versions.put(audience.value(),
                        of(String.join("\n", lines.subList(header.separatorLine(), lines.size())))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    private static boolean isTranslation(Path file) {
        var name = file.getFileName().toString();
        var withoutExtension = name.substring(0, name.length() - ".md".length());
        int dot = withoutExtension.lastIndexOf('.');
        return dot > 0 && Languages.looksLikeCode(withoutExtension.substring(dot + 1));
    }
}
