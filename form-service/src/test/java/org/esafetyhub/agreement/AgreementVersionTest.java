package org.esafetyhub.agreement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** An agreement's version follows its wording and nothing else. */
class AgreementVersionTest {

    private static final String HEADER = "title=Agreement\ndate=2026-11-27\ntype=agreement\nstatus=published\nsummary=S\naudience=parents\n";

    @TempDir
    Path content;

    private String versionOf(String header, String body) throws Exception {
        Files.createDirectories(content.resolve("agreements"));
        Files.writeString(content.resolve("agreements/parents.md"), header + "~~~~~~\n" + body);
        return AgreementVersion.ofContent(content).get("parents");
    }

    @Test
    void a_changed_word_makes_a_new_version_and_a_changed_header_or_line_ending_does_not() throws Exception {
        var first = versionOf(HEADER, "I agree to be kind.\n");

        assertThat(first).matches("[0-9a-f]{12}");
        assertThat(versionOf(HEADER + "reviewed=2027-01-01\n", "I agree to be kind.\r\n\n")).isEqualTo(first);
        assertThat(versionOf(HEADER, "I agree to be very kind.\n")).isNotEqualTo(first);
    }

    @Test
    void a_translation_beside_an_agreement_leaves_its_version_the_english_wordings() throws Exception {
        var english = versionOf(HEADER, "I agree to be kind.\n");
        Files.writeString(content.resolve("agreements/parents.ur.md"), HEADER + "translated=2026-12-07\n~~~~~~\nمیں مہربان رہنے پر متفق ہوں۔\n");
        Files.writeString(content.resolve("agreements/parents.pl.md"), HEADER + "translated=2026-12-07\n~~~~~~\nZgadzam się być miłym.\n");

        assertThat(AgreementVersion.ofContent(content)).containsExactly(java.util.Map.entry("parents", english));
    }

    @Test
    void a_content_folder_without_agreements_has_no_versions(@TempDir Path empty) {
        assertThat(AgreementVersion.ofContent(empty)).isEmpty();
    }
}
