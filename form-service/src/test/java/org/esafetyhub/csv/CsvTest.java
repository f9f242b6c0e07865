package org.esafetyhub.csv;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV cells: quoted when they must be, never run as a formula by a spreadsheet unless written verbatim on purpose. */
class CsvTest {

    @Test
    void a_cell_starting_with_a_formula_character_is_prefixed_with_an_apostrophe() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("7B-2Q9K")).isEqualTo("7B-2Q9K");
    }

    @Test
    void a_cell_with_a_comma_quote_or_line_break_is_quoted() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("")).isEmpty();
    }

    @Test
    void verbatim_cells_are_written_as_stored_so_their_hashes_still_verify() {
        var rows = List.of(List.of("=1+1", "a,b"), List.of("-2", ""));

        assertThat(Csv.of(Csv.Cells.VERBATIM, rows.stream())).isEqualTo("=1+1,\"a,b\"\r\n-2,\r\n");
        assertThat(Csv.of(rows.stream())).isEqualTo("'=1+1,\"a,b\"\r\n'-2,\r\n");
        assertThat(Csv.of(Stream.empty())).isEqualTo("\r\n");
    }
}
