package org.esafetyhub.site;

import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The documents of the baked site that carry a next review date (the policy, the codes of conduct,
 * the acceptable-use pages and the guidance) or the feedback form, read from the pages as served:
 * the service has the baked site, not the content it came from, and reads it again on each request
 * so that a re-bake shows at once.
 */
public final class BakedDocuments {

    /** @param nextReview null when the page takes feedback but carries no review date */
    public record Document(String url, String title, LocalDate nextReview, boolean takesFeedback) {
    }

    private BakedDocuments() {
    }

    /** Every such page under the baked site, by URL. */
    public static List<Document> under(Path site) {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.getFileName().toString().equals("index.html"))
                    .map(file -> read(site, file)).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Document::url)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page at this URL (such as {@code /pupils/code/}) if it is one of them; any other URL is empty, never a path outside the site. */
    public static Optional<Document> at(Path site, String url) {
        if (!url.matches("/([a-z0-9-]+/)+")) {
            return Optional.empty();
        }
        var file = site.resolve(url.substring(1)).resolve("index.html");
        return Files.isRegularFile(file) ? read(site, file) : Optional.empty();
    }

    private static Optional<Document> read(Path site, Path file) {
        String html;
        try {
            html = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!html.contains("next-review") && !html.contains("feedback-form")) {
            return Optional.empty();
        }
        var page = Jsoup.parse(html);
        var next = page.selectFirst("time.next-review");
        var feedback = page.selectFirst("form.feedback-form") != null;
        if (next == null && !feedback) {
            return Optional.empty();
        }
        var relative = site.relativize(file.getParent()).toString().replace('\\', '/');
        var url = relative.isEmpty() ? "/" : "/" + relative + "/";
        var title = page.selectFirst("h1") == null ? url : page.selectFirst("h1").text();
        return Optional.of(new Document(url, title, next == null ? null : date(next.attr("datetime")), feedback));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
