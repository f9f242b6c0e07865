package org.esafetyhub.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A content file and where the bake puts it: {@code content/parents/keeping-evidence.md} becomes
 * {@code /parents/keeping-evidence/} (JBake's {@code uri.noExtension}), written to
 * {@code parents/keeping-evidence/index.html}. A translation beside it, {@code keeping-evidence.pl.md}, becomes
 * {@code /pl/parents/keeping-evidence/} (see {@link Translated}).
 *
 * @param language the page's language code: {@code en}, or the translation's
 * @param english  for a translation, the English file's name ({@code content/parents/keeping-evidence.md}); else empty
 */
record SourcePage(Path file, String relativeName, String url, String language, String english) {

    private static final List<String> PAGE_EXTENSIONS = List.of(".md", ".html");

    String outputFile() {
        return url.substring(1) + "index.html";
    }

    boolean isTranslation() {
        return !english.isEmpty();
    }

    static List<SourcePage> under(Path contentFolder) {
        return under(contentFolder, Set.of());
    }

    /** @param translationCodes the codes of the languages pages are translated into (not en) */
    static List<SourcePage> under(Path contentFolder, Set<String> translationCodes) {
        try (Stream<Path> files = Files.walk(contentFolder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> PAGE_EXTENSIONS.stream().anyMatch(f.getFileName().toString()::endsWith))
                    .sorted()
                    .map(f -> of(contentFolder, f, translationCodes))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourcePage of(Path contentFolder, Path file, Set<String> translationCodes) {
        var relative = contentFolder.relativize(file).toString().replace('\\', '/');
        var extension = relative.substring(relative.lastIndexOf('.'));
        var withoutExtension = relative.substring(0, relative.lastIndexOf('.'));
        var name = contentFolder.getFileName() + "/" + relative;
        var code = Translated.codeOf(withoutExtension);
        if (code.isPresent() && translationCodes.contains(code.get())) {
            var englishPath = withoutExtension.substring(0, withoutExtension.length() - code.get().length() - 1);
            return new SourcePage(file, name, "/" + code.get() + "/" + englishPath + "/", code.get(),
                    contentFolder.getFileName() + "/" + englishPath + extension);
        }
        return new SourcePage(file, name, "/" + withoutExtension + "/", "en", "");
    }
}
