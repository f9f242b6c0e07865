package org.esafetyhub.quiz;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV cells: quoted when they must be, and never run as a formula by a spreadsheet. */
class ResultsCsvTest {

    @Test
    void a_cell_starting_with_a_formula_character_is_prefixed_with_an_apostrophe() {
        assertThat(ResultsCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(ResultsCsv.cell("+1")).isEqualTo("'+1");
        assertThat(ResultsCsv.cell("-2")).isEqualTo("'-2");
        assertThat(ResultsCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ResultsCsv.cell("7B-2Q9K")).isEqualTo("7B-2Q9K");
    }

    @Test
    void a_cell_with_a_comma_quote_or_line_break_is_quoted() {
        assertThat(ResultsCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ResultsCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ResultsCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ResultsCsv.cell("")).isEmpty();
    }
}
