package org.esafetyhub.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19, finding 7: a download name outside Latin letters no longer turns into spaces. */
class AttachmentTest {

    @Test
    void a_name_outside_latin_letters_is_given_as_filename_star_in_utf_8_with_an_ascii_fallback() {
        assertThat(Attachment.disposition("évidence-отчёт.png"))
                .isEqualTo("attachment; filename=\"evidence-_____.png\"; filename*=UTF-8''%C3%A9vidence-%D0%BE%D1%82%D1%87%D1%91%D1%82.png");
    }

    @Test
    void a_plain_name_is_given_as_it_is() {
        assertThat(Attachment.disposition("evidence-1-of-2.png")).isEqualTo("attachment; filename=\"evidence-1-of-2.png\"");
    }

    @Test
    void quotes_and_line_breaks_never_reach_the_header() {
        assertThat(Attachment.disposition("a\"b\r\nc.png")).isEqualTo("attachment; filename=\"a_b__c.png\"; filename*=UTF-8''a%22b%0D%0Ac.png");
    }
}
