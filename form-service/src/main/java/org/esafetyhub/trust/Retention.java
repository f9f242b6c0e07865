package org.esafetyhub.trust;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How long records are kept, as ISO-8601 periods such as {@code P2Y} or {@code P18M}: quiz attempts
 * two school years unless set; closed cases only once the trust has set a period for them; parents'
 * signatures of the acceptable use agreement ({@code agreementSignatures}, counted from signing) two years
 * unless set, the time a pupil's agreement is kept.
 */
public record Retention(String quizAttempts, String closedCases, String agreementSignatures) {

    public static final Retention DEFAULT = new Retention(null, null, null);

    public Retention {
        quizAttempts = quizAttempts == null ? "P2Y" : quizAttempts;
        agreementSignatures = agreementSignatures == null ? "P2Y" : agreementSignatures;
    }

    public Period agreementSignaturesPeriod() {
        return Period.parse(agreementSignatures);
    }

    public Period quizAttemptsPeriod() {
        return Period.parse(quizAttempts);
    }

    /** Empty while the trust has not set how long closed cases are kept: they are then never purged. */
    public Optional<Period> closedCasesPeriod() {
        return Optional.ofNullable(closedCases).map(Period::parse);
    }

    static boolean valid(String period) {
        try {
            var parsed = Period.parse(period);
            return !parsed.isNegative() && !parsed.isZero();
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
