package org.esafetyhub.site;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of page's reading ceiling, read from its header. */
class ReadingCeilingTest {

    private static ReadingCeiling of(String headerLines) {
        var lines = Stream.concat(Arrays.stream(headerLines.split(";")), Stream.of(FrontMatter.SEPARATOR)).toList();
        return ReadingCeiling.of(FrontMatter.parse("content/page.md", lines));
    }

    @ParameterizedTest(name = "{0}: ceiling {2}")
    @CsvSource(delimiter = '|', value = {
            "type=lesson;ageBand=7-11;audience=pupils     | pupils   | 5",
            "type=lesson;ageBand=11-14;audience=pupils    | pupils   | 7",
            "type=lesson;ageBand=14-16;audience=pupils    | pupils   | 9",
            "type=lesson;ageBand=14-16                    | pupils   | 9",
            "type=code;ageBand=11-16                      | pupils   | 5",
            "type=page;audience=pupils                    | pupils   | 5",
            "type=page;audience=pupils;readingCeiling=4   | pupils   | 4",
            "type=plan;ageBand=7-11;audience=staff        | staff    |",
            "type=guidance;audience=parents               | parents  | 7",
            "type=guidance;audience=parents;readingCeiling=6 | parents | 6",
            "type=page;audience=everyone                  | everyone | 7",
            "type=guidance                                |          |"})
    void a_pages_ceiling_comes_from_its_type_age_band_audience_and_reading_ceiling(String header, String audience, Integer ceiling) {
        var reading = of(header);

        assertThat(reading.audience()).isEqualTo(audience == null ? "" : audience);
        assertThat(reading.ceiling().isPresent() ? reading.ceiling().getAsInt() : null).isEqualTo(ceiling);
    }
}
