package org.esafetyhub.staff;

/** A member of staff's account. {@code lockedUntil} is epoch milliseconds (0: not locked). Public for Jdbi's mapping. */
public record StaffAccount(String id, String email, String name, Role role, String academySlug, String passwordHash,
                    boolean disabled, int failedAttempts, long lockedUntil) {
}
