package org.esafetyhub.account;

/** A member of staff's account. {@code lockedUntil} is epoch milliseconds (0: not locked). Public for Jdbi's mapping. */
public record StaffAccount(String id, String email, String name, Role role, String academySlug, String passwordHash,
                           boolean disabled, int failedAttempts, long lockedUntil, String totpSecret, boolean totpEnrolled,
                           long totpLastStep) {

    static StaffAccount fresh(String id, String email, String name, Role role, String academySlug) {
        return new StaffAccount(id, email, name, role, academySlug, null, false, 0, 0, null, false, 0);
    }
}
