package org.esafetyhub.app;

import org.junit.jupiter.api.Tag;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.esafetyhub.testing.Stack;
import org.flywaydb.core.api.MigrationVersion;
import org.esafetyhub.testing.TestDatabase;
import org.esafetyhub.testing.StackExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The service over real HTTP: health, headers, no cookies, the baked 404 page. */
@ExtendWith(StackExtension.class)
@Tag("both-engines")
class ServiceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static HttpResponse<String> get(Stack stack, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(stack.url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthz_reports_up_with_the_engine_and_schema_version_and_nothing_of_the_database_address(Stack stack) throws Exception {
        var response = get(stack, "/healthz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readValue(response.body(), Map.class))
                .containsEntry("status", "UP").containsEntry("database", "UP").containsEntry("schemaVersion", newestMigration())
                .containsEntry("engine", TestDatabase.engine().vendor());
        assertThat(response.body()).doesNotContain(stack.db()).doesNotContain("jdbc").doesNotContain("user");
    }

    /** The version of the newest migration in the sources (shared or the engine's own): "2" for V2__x.sql, "12.1" for V12_1__x.sql. */
    private static String newestMigration() throws Exception {
        try (var files = Files.walk(Path.of("src/main/resources/db"))) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("V") && name.endsWith(".sql"))
                    .map(name -> MigrationVersion.fromVersion(name.substring(1, name.indexOf("__"))))
                    .max(MigrationVersion::compareTo).orElseThrow().getVersion();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/parents/", "/css/site.css", "/js/quick-exit.js", "/report/", "/healthz", "/no-such-page/"})
    void every_response_carries_the_security_headers_and_sets_no_cookie(String path, Stack stack) throws Exception {
        var headers = get(stack, path).headers();

        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(headers.allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void an_unknown_page_answers_404_with_the_baked_not_found_page(Stack stack) throws Exception {
        var response = get(stack, "/lessons/no-such-lesson/");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("<h1>Page not found</h1>", "Exit this page");
    }

    @Test
    void pretty_urls_serve_the_baked_page_and_the_sitemap_lists_it(Stack stack) throws Exception {
        var page = get(stack, "/parents/what-is-cyberbullying/");
        var sitemap = get(stack, "/sitemap.xml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>What is cyber-bullying?</h1>");
        assertThat(sitemap.body()).contains("<loc>" + stack.trust().siteUrl() + "/parents/what-is-cyberbullying/</loc>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/css/site.css text/css", "/js/quick-exit.js text/javascript", "/images/favicon.svg image/svg+xml",
            "/sitemap.xml application/xml"})
    void baked_assets_are_served_with_their_content_types(String pathAndType, Stack stack) throws Exception {
        var path = pathAndType.split(" ")[0];
        var response = get(stack, path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(pathAndType.split(" ")[1]));
        assertThat(response.body()).isEqualTo(Files.readString(stack.site().resolve(path.substring(1))));
    }

    @Test
    void the_report_form_uses_the_site_layout_and_names_every_academys_safeguarding_lead(Stack stack) throws Exception {
        var page = Jsoup.parse(get(stack, "/report/form/").body());

        assertThat(page.select("a.skip-link[href=#main], a[data-quick-exit], nav[aria-label=Breadcrumb], footer")).hasSize(4);
        var main = page.selectFirst("main");
        for (var academy : stack.trust().academies()) {
            assertThat(main.text()).contains(academy.name(), academy.dsl().name(), academy.dsl().email());
        }
    }
}
