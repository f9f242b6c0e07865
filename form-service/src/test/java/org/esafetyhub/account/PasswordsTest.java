package org.esafetyhub.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19, finding 1: how many 19 MiB password hashes may run at once, from the heap and the cores. */
class PasswordsTest {

    private static final long MIB = 1024 * 1024;

    @Test
    void finding_1_password_hashes_at_once_take_at_most_a_quarter_of_the_heap() {
        assertThat(Passwords.atOnce(256 * MIB, 8)).isEqualTo(3);
        assertThat(Passwords.atOnce(256 * MIB, 8) * Passwords.BYTES_PER_HASH).isLessThanOrEqualTo(256 * MIB / 4);
        assertThat(Passwords.atOnce(64 * MIB, 8)).as("always at least one").isEqualTo(1);
        assertThat(Passwords.atOnce(4096 * MIB, 2)).as("no more than one a core").isEqualTo(2);
    }
}
