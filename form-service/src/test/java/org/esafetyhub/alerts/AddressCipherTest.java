package org.esafetyhub.alerts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-256-GCM for reply-alert addresses, the key it comes from, and which typed addresses are taken. */
class AddressCipherTest {

    private static final String ADDRESS = "pupil.at.home@example.net";
    private static final String REPORT = "7d1c0d0e-4a4c-4c55-9a55-0f0b8f0c1a11";

    private static byte[] randomKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void an_address_sealed_under_one_key_opens_under_that_key_only() {
        var mine = new AddressCipher(randomKey());
        var other = new AddressCipher(randomKey());

        var sealed = mine.seal(ADDRESS, REPORT);

        assertThat(mine.open(sealed, REPORT)).contains(ADDRESS);
        assertThat(other.open(sealed, REPORT)).isEmpty();
        assertThat(sealed.ciphertext()).doesNotContain("pupil", "example");
    }

    @Test
    void two_sealings_of_the_same_address_differ_in_nonce_and_ciphertext() {
        var cipher = new AddressCipher(randomKey());

        var first = cipher.seal(ADDRESS, REPORT);
        var second = cipher.seal(ADDRESS, REPORT);

        assertThat(Base64.getDecoder().decode(first.nonce())).hasSize(12);
        assertThat(second.nonce()).isNotEqualTo(first.nonce());
        assertThat(second.ciphertext()).isNotEqualTo(first.ciphertext());
    }

    @Test
    void a_sealed_address_moved_to_another_report_or_changed_does_not_open() {
        var cipher = new AddressCipher(randomKey());
        var sealed = cipher.seal(ADDRESS, REPORT);
        var bytes = Base64.getDecoder().decode(sealed.ciphertext());
        bytes[0] ^= 1;

        assertThat(cipher.open(sealed, "another-report")).isEmpty();
        assertThat(cipher.open(new AddressCipher.Sealed(sealed.nonce(), Base64.getEncoder().encodeToString(bytes)), REPORT)).isEmpty();
    }

    @Test
    void the_key_file_is_made_beside_the_database_for_its_owner_only_and_read_again_on_the_next_start(@TempDir Path folder)
            throws Exception {
        var database = folder.resolve("esafety.db");

        var first = AlertKey.inFolder(folder, Map.of());
        var second = AlertKey.inFolder(folder, Map.of());

        var file = folder.resolve(AlertKey.FILE_NAME);
        assertThat(first.notice()).hasValueSatisfying(notice -> assertThat(notice).contains(file.toString(), "Back it up"));
        assertThat(second.notice()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(second.cipher().open(first.cipher().seal(ADDRESS, REPORT), REPORT)).contains(ADDRESS);
    }

    @Test
    void a_key_from_the_environment_must_be_32_bytes_in_base64(@TempDir Path folder) {
        var key = Base64.getEncoder().encodeToString(randomKey());
        var database = folder.resolve("esafety.db");

        var fromEnvironment = AlertKey.inFolder(folder, Map.of(AlertKey.ENVIRONMENT_VARIABLE, key));

        assertThat(fromEnvironment.notice()).isEmpty();
        assertThat(Files.exists(folder.resolve(AlertKey.FILE_NAME))).isFalse();
        assertThatThrownBy(() -> AlertKey.inFolder(folder, Map.of(AlertKey.ENVIRONMENT_VARIABLE, "too-short")))
                .hasMessageContaining(AlertKey.ENVIRONMENT_VARIABLE).hasMessageContaining("32 random bytes in Base64");
    }

    @Test
    void an_empty_field_or_a_plain_address_is_taken_and_anything_else_is_refused_with_one_message() {
        assertThat(ReplyAlerts.problem("")).isEmpty();
        assertThat(ReplyAlerts.problem(ADDRESS)).isEmpty();
        for (var typed : new String[] {"pupil at home", "pupil@home", "@example.net", "pupil@@example.net",
                "Pupil <pupil@example.net>", "pupil@example.net, other@example.net", "a".repeat(250) + "@example.net"}) {
            assertThat(ReplyAlerts.problem(typed)).as(typed)
                    .contains("Enter an e-mail address like name@example.com, or leave this empty");
        }
    }
}
