package org.esafetyhub.guidance;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GuidanceSourcesFileTest {

    @Test
    void the_shipped_file_lists_the_guidance_the_staff_guides_follow() {
        var sources = GuidanceSourcesFile.load(Path.of(System.getProperty("hub.root", "..")));

        assertThat(sources.sources()).extracting(GuidanceSources.Source::id)
                .contains("kcsie", "ukcis-nudes", "dfe-searching", "ceop", "online-safety-act");
    }

    @Test
    void a_source_without_its_edition_with_an_http_address_or_a_bad_date_is_refused() {
        var sources = new GuidanceSources(List.of(
                new GuidanceSources.Source("kcsie", "Keeping children safe in education", "DfE", "", "http://gov.uk/", "2026-12-07"),
                new GuidanceSources.Source("kcsie", "Again", "DfE", "2025", "https://gov.uk/", "last week")));

        assertThat(GuidanceSourcesFile.problems(sources)).containsExactly(
                "sources[0] (kcsie) needs a title, a publisher and an edition",
                "sources[0] (kcsie).url must be an https:// address",
                "sources[1] (kcsie): the id is used twice",
                "sources[1] (kcsie).checked must be the day its edition was last checked, as yyyy-MM-dd");
    }
}
