package org.esafetyhub.trust;

/** One academy of the trust; reports are routed to it by its slug. */
public record Academy(String slug, String name, String principal, Contact dsl, String phone, Contact esafetyOfficer) {
}
