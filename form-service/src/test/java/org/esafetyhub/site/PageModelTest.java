package org.esafetyhub.site;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PageModelTest {

    private static final Map<String, String> TITLES = Map.of("/parents/", "For parents and carers");

    @Test
    void breadcrumbs_run_from_home_through_existing_ancestors_to_the_page_unlinked() {
        var crumbs = PageModel.breadcrumbs("/parents/advice/keeping-evidence/", "Keeping evidence",
                url -> Optional.ofNullable(TITLES.get(url)));

        assertThat(crumbs).isEqualTo(List.of(
                Map.of("label", "Home", "href", "/"),
                Map.of("label", "For parents and carers", "href", "/parents/"),
                Map.of("label", "Keeping evidence")));
    }

    @Test
    void the_home_page_has_no_breadcrumbs() {
        assertThat(PageModel.breadcrumbs("/", "Home", url -> Optional.of("x"))).isEmpty();
    }

    @Test
    void lessons_and_the_glossary_belong_to_the_pupils_section_and_unknown_pages_to_none() {
        assertThat(PageModel.section("/lessons/jokes-that-hurt/")).isEqualTo("pupils");
        assertThat(PageModel.section("/glossary/")).isEqualTo("pupils");
        assertThat(PageModel.section("/staff-guide/legal-limits/")).isEqualTo("staff");
        assertThat(PageModel.section("/policy/")).isEmpty();
        assertThat(PageModel.section("/")).isEmpty();
    }
}
