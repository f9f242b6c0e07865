package org.esafetyhub.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The first search fetches the search script and the index: on the content the project ships, 100 KB at most. */
class SearchBudgetTest {

    /** Bytes, uncompressed: what a pupil on a slow or metered phone connection pays for a first search. */
    private static final long FIRST_SEARCH_BUDGET = 100_000;

    @TempDir
    Path out;

    @Test
    void the_index_and_script_of_the_shipped_site_together_stay_within_100_kb() throws Exception {
        var root = Path.of(System.getProperty("hub.root", ".."));
        try (var build = new SiteBuild(root, out, root.resolve("config/trust.yaml"))) {
            build.run();
        }

        long index = Files.size(out.resolve("search-index.json"));
        long script = Files.size(out.resolve("js/search.js"));

        assertThat(index + script).as("search-index.json (%d bytes) and js/search.js (%d bytes)", index, script)
                .isLessThanOrEqualTo(FIRST_SEARCH_BUDGET);
    }
}
