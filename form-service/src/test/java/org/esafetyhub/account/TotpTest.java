package org.esafetyhub.account;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Our codes are the published ones: RFC 6238, Appendix B, HMAC-SHA1 (the 8-digit values' last 6 digits, as apps show). */
class TotpTest {

    /** "12345678901234567890" in ASCII, the RFC's SHA1 seed, in the Base32 an authenticator app is given. */
    private static final String RFC_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest(name = "at {0} s the code is {1}")
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130",
    })
    void codes_match_the_rfc_6238_test_vectors(long epochSeconds, String eightDigits) {
        var expected = eightDigits.substring(2);
        assertThat(Totp.code(RFC_SEED, epochSeconds / Totp.STEP_SECONDS)).isEqualTo(expected);
        assertThat(Totp.verify(RFC_SEED, expected, epochSeconds, -1)).hasValue(epochSeconds / Totp.STEP_SECONDS);
    }

    @ParameterizedTest(name = "a code {0} steps away is refused")
    @CsvSource({"-2", "2"})
    void codes_two_steps_away_are_refused(long offset) {
        long now = 1_234_567_890L;
        var code = Totp.code(RFC_SEED, now / Totp.STEP_SECONDS + offset);
        assertThat(Totp.verify(RFC_SEED, code, now, -1)).isEmpty();
    }
}
