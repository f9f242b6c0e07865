package org.esafetyhub.app;

import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** How pages and files travel: gzipped text, and assets a browser keeps and asks about with their ETag. */
@ExtendWith(StackExtension.class)
class SiteDeliveryIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<byte[]> get(Stack stack, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(stack.url(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws Exception {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_static_asset_answers_with_an_etag_a_cache_control_and_304_when_revalidated(Stack stack) throws Exception {
        var first = get(stack, "/css/site.css");
        var etag = first.headers().firstValue("ETag").orElseThrow();

        var again = get(stack, "/css/site.css", "If-None-Match", etag);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue(SiteDelivery.ASSETS_CACHE);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void a_baked_page_is_asked_for_again_each_time_and_answers_304_while_unchanged(Stack stack) throws Exception {
        var first = get(stack, "/lessons/");

        var again = get(stack, "/lessons/", "If-None-Match", first.headers().firstValue("ETag").orElseThrow());

        assertThat(first.headers().firstValue("Cache-Control")).hasValue(SiteDelivery.PAGES_CACHE);
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/lessons/jokes-that-hurt/", "/report/", "/css/site.css", "/js/search.js", "/search-index.json",
            "/api/quizzes/jokes-that-hurt"})
    void text_is_gzipped_when_the_browser_asks_and_plain_when_it_does_not(String path, Stack stack) throws Exception {
        var plain = get(stack, path);
        var gzipped = get(stack, path, "Accept-Encoding", "gzip");

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
    }
}
