package org.esafetyhub.evidence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceSealTest {

    private static EvidenceKey randomKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return EvidenceKey.of(key);
    }

    private static final byte[] PICTURE = "a child's picture".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLEAN = "the same picture, clean".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_sealed_file_opens_to_what_was_sealed_and_its_ciphertext_shows_nothing_of_it() {
        var seal = new EvidenceSeal(randomKey());
        var sealed = seal.seal("row-1", PICTURE, CLEAN);

        assertThat(new String(sealed.original(), StandardCharsets.ISO_8859_1)).doesNotContain("picture");
        assertThat(seal.open("row-1", EvidenceSeal.Part.ORIGINAL, sealed.original(), sealed.key())).isEqualTo(PICTURE);
        assertThat(seal.open("row-1", EvidenceSeal.Part.CLEAN, sealed.clean(), sealed.key())).isEqualTo(CLEAN);
        assertThat(seal.seal("row-1", PICTURE, null).clean()).isNull();
    }

    @Test
    void the_same_file_sealed_twice_gives_different_bytes_and_data_keys() {
        var seal = new EvidenceSeal(randomKey());
        var once = seal.seal("row-1", PICTURE, null);
        var twice = seal.seal("row-1", PICTURE, null);

        assertThat(once.original()).isNotEqualTo(twice.original());
        assertThat(once.key().dataKey()).isNotEqualTo(twice.key().dataKey());
    }

    @Test
    void sealed_bytes_moved_to_another_row_or_part_or_changed_do_not_open() {
        var seal = new EvidenceSeal(randomKey());
        var sealed = seal.seal("row-1", PICTURE, CLEAN);
        var changed = sealed.original().clone();
        changed[20] ^= 1;

        assertThatThrownBy(() -> seal.open("row-2", EvidenceSeal.Part.ORIGINAL, sealed.original(), sealed.key()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open("row-1", EvidenceSeal.Part.ORIGINAL, sealed.clean(), sealed.key()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> seal.open("row-1", EvidenceSeal.Part.ORIGINAL, changed, sealed.key()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("changed");
    }

    @Test
    void a_file_sealed_under_another_key_says_which_key_it_needs() {
        var sealed = new EvidenceSeal(randomKey()).seal("row-1", PICTURE, null);
        var other = new EvidenceSeal(randomKey());

        assertThatThrownBy(() -> other.open("row-1", EvidenceSeal.Part.ORIGINAL, sealed.original(), sealed.key()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(sealed.key().keyId()).hasMessageContaining(other.keyId());
    }

    @Test
    void a_rewrapped_data_key_opens_the_same_ciphertext_under_the_new_key_only() {
        var first = new EvidenceSeal(randomKey());
        var next = new EvidenceSeal(randomKey());
        var sealed = first.seal("row-1", PICTURE, null);

        var rewrapped = first.rewrap("row-1", sealed.key(), next);

        assertThat(rewrapped.keyId()).isEqualTo(next.keyId());
        assertThat(next.open("row-1", EvidenceSeal.Part.ORIGINAL, sealed.original(), rewrapped)).isEqualTo(PICTURE);
        assertThatThrownBy(() -> first.open("row-1", EvidenceSeal.Part.ORIGINAL, sealed.original(), rewrapped))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_row_not_sealed_yet_is_read_as_it_is_stored() {
        assertThat(new EvidenceSeal(randomKey()).open("row-1", EvidenceSeal.Part.ORIGINAL, PICTURE, null)).isEqualTo(PICTURE);
    }
}
