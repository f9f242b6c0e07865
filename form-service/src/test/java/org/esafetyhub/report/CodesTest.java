package org.esafetyhub.report;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class CodesTest {

    private static final Codes CODES = new Codes(new SecureRandom(), ReceiptKey.of("a-receipt-key-of-at-least-32-characters"));

    @Test
    void a_code_is_stored_as_a_keyed_hash_that_names_its_scheme_and_does_not_hold_the_code() {
        var code = CODES.followUpCode();

        var stored = CODES.hash(code);

        assertThat(stored).startsWith("hmac-sha256$").doesNotContain(code).doesNotContain(Codes.normalise(code));
        assertThat(stored.substring("hmac-sha256$".length())).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void the_same_code_under_another_receipt_key_is_stored_differently() {
        var other = new Codes(new SecureRandom(), ReceiptKey.of("another-receipt-key-of-32-characters-or-more"));
        var code = CODES.followUpCode();

        assertThat(other.hash(code)).isNotEqualTo(CODES.hash(code));
        assertThat(other.matches(code, CODES.hash(code))).isFalse();
    }

    @Test
    void a_code_typed_in_lower_case_with_spaces_or_hyphens_matches() {
        var code = CODES.followUpCode();
        var stored = CODES.hash(code);

        assertThat(code).matches("([2-9A-HJ-NP-Z]{4}-){3}[2-9A-HJ-NP-Z]{4}");
        assertThat(CODES.matches(code, stored)).isTrue();
        assertThat(CODES.matches(code.toLowerCase(), stored)).isTrue();
        assertThat(CODES.matches(code.replace("-", " "), stored)).isTrue();
        assertThat(CODES.matches(" " + code.replace("-", ""), stored)).isTrue();
    }

    @Test
    void a_wrong_or_empty_code_is_refused() {
        var stored = CODES.hash("ABCD-EFGH-JKLM-NPQR");

        assertThat(CODES.matches("ABCD-EFGH-JKLM-NPQS", stored)).isFalse();
        assertThat(CODES.matches("", stored)).isFalse();
        assertThat(CODES.matches(null, stored)).isFalse();
        assertThat(CODES.matches("ABCD-EFGH-JKLM-NPQR", "hmac-sha256$")).isFalse();
    }

    @Test
    void a_code_kept_as_an_argon2id_hash_before_the_change_still_matches_and_a_wrong_one_does_not() {
        var stored = Argon2Codes.hash("ABCD-EFGH-JKLM-NPQR");

        assertThat(stored).startsWith("$argon2id$");
        assertThat(CODES.matches("abcd efgh jklm npqr", stored)).isTrue();
        assertThat(CODES.matches("ABCD-EFGH-JKLM-NPQS", stored)).isFalse();
    }
}
