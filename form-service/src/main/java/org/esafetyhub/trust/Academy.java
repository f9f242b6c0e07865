package org.esafetyhub.trust;

/**
 * One academy of the trust; reports are routed to it by its slug.
 *
 * @param hours when its reports are read, completing "Reports are read on …" (default {@value #DEFAULT_HOURS})
 */
public record Academy(String slug, String name, String principal, Contact dsl, String phone, Contact esafetyOfficer,
                      String hours) {

    public static final String DEFAULT_HOURS = "school days, 8am\u20135pm";

    public Academy {
        hours = hours == null || hours.isBlank() ? DEFAULT_HOURS : hours.strip();
    }
}
