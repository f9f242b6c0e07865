package org.esafetyhub.account;

import io.javalin.http.NotFoundResponse;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Which academies a member of staff may see: their own, or every academy for the roles that belong to none (the
 * trust's eSafety officer; the administrator of accounts, whom each feature's role check keeps out of cases,
 * results, signatures and the dashboard). Anything outside the scope does not exist for them: a 404. This is the
 * one place that rule is written (policy 4.9, 5.8).
 *
 * <p>Stores take it whole and bind it with {@code @BindMethods("scope")}, each query held by
 * {@code (:scope.everyAcademy OR academy_slug = :scope.academy)}; {@code academy} is null only for every academy.
 */
public record AcademyScope(boolean everyAcademy, String academy) {

    public static final AcademyScope EVERY = new AcademyScope(true, null);

    public AcademyScope {
        if (!everyAcademy) {
            Objects.requireNonNull(academy, "one academy's scope names it");
        }
    }

    public static AcademyScope one(String academySlug) {
        return new AcademyScope(false, academySlug);
    }

    /** The account's scope; an account whose role belongs to an academy but has none sees nothing (404). */
    public static AcademyScope of(StaffAccount account) {
        if (!account.role().needsAcademy()) {
            return EVERY;
        }
        if (account.academySlug() == null) {
            throw new NotFoundResponse("No academy for this account");
        }
        return one(account.academySlug());
    }

    /** Whether something of this academy is in scope; something of no academy (trust-wide) only for every academy. */
    public boolean includes(String academySlug) {
        return everyAcademy || academy.equals(academySlug);
    }

    /**
     * The one academy asked for, when the scope covers every academy (the officer's filter); a one-academy scope stays
     * as it is whatever the address says. Blank or null asks for nothing narrower.
     */
    public AcademyScope narrowedTo(String academySlug) {
        return everyAcademy && academySlug != null && !academySlug.isBlank() ? one(academySlug) : this;
    }

    /** The academies in scope, in the order of {@code all} (the trust file's). */
    public List<String> academiesOf(Collection<String> all) {
        return everyAcademy ? List.copyOf(all) : List.of(academy);
    }
}
