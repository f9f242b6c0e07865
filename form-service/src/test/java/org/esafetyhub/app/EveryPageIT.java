package org.esafetyhub.app;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every baked page and every page of the service (in each of its languages), checked in the real browser and by the W3C checker. */
@ExtendWith(StackExtension.class)
class EveryPageIT {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static Stream<String> pages() throws IOException {
        var site = Path.of(System.getProperty("hub.site", "../target/site"));
        try (var files = Files.walk(site)) {
            var baked = files.filter(f -> f.getFileName().toString().endsWith(".html"))
                    .map(f -> "/" + site.relativize(f).toString().replace('\\', '/').replaceAll("(^|/)index\\.html$", "$1"))
                    .sorted()
                    .toList();
            return Stream.of(baked.stream(), App.SERVICE_PAGES.keySet().stream().sorted(), App.translatedServicePages().stream())
                    .flatMap(pages -> pages);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page_is_valid_html_by_the_w3c_checker(String page, Stack stack) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(stack.url(page)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(HtmlChecker.errors(response.body())).as("HTML errors in %s", page).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page_has_no_wcag_2_2_aa_violations_in_axe(String page, Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url(page));

        var violations = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver()).getViolations();

        assertThat(violations)
                .as("axe violations on %s: %s", page, violations.stream()
                        .map(v -> v.getId() + " at " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                        .toList())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page_requests_nothing_from_another_host(String page, Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url(page));
        browser.script("return document.readyState");

        var requests = browser.requests();

        assertThat(requests).as("requests made by %s", page).isNotEmpty()
                .allSatisfy(url -> assertThat(isOwnOrInline(url, stack)).as("%s requested %s", page, url).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void page_reflows_at_320_css_pixels_without_scrolling_sideways(String page, Stack stack) {
        var browser = stack.browser();
        browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.open(stack.url(page));

            var overflow = browser.script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");

            assertThat(((Number) overflow).intValue()).as("pixels %s overflows sideways at 320 px", page).isLessThanOrEqualTo(0);
        } finally {
            browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static boolean isOwnOrInline(String url, Stack stack) {
        if (url.startsWith("data:")) {
            return true;
        }
        var own = stack.url("/");
        var requested = URI.create(url);
        return own.getHost().equals(requested.getHost()) && own.getPort() == requested.getPort();
    }
}
