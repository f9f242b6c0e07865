package org.esafetyhub.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A content file and where the bake puts it: {@code content/parents/keeping-evidence.md} becomes
 * {@code /parents/keeping-evidence/} (JBake's {@code uri.noExtension}), written to
 * {@code parents/keeping-evidence/index.html}.
 */
record SourcePage(Path file, String relativeName, String url) {

    private static final List<String> PAGE_EXTENSIONS = List.of(".md", ".html");

    String outputFile() {
        return url.substring(1) + "index.html";
    }

    static List<SourcePage> under(Path contentFolder) {
        try (Stream<Path> files = Files.walk(contentFolder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> PAGE_EXTENSIONS.stream().anyMatch(f.getFileName().toString()::endsWith))
                    .sorted()
                    .map(f -> of(contentFolder, f))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SourcePage of(Path contentFolder, Path file) {
        var relative = contentFolder.relativize(file).toString().replace('\\', '/');
        var withoutExtension = relative.substring(0, relative.lastIndexOf('.'));
        var name = contentFolder.getFileName() + "/" + relative;
        return new SourcePage(file, name, "/" + withoutExtension + "/");
    }
}
