package org.esafetyhub.site;

import java.util.OptionalInt;

/**
 * A baked page's reading grade against its ceiling, for the bake's check and check-config's table.
 *
 * @param file     its content file, such as {@code content/glossary.md}
 * @param audience who it is for, as {@link ReadingCeiling} reads it from the header (empty if it does not say)
 * @param ceiling  the highest grade it may have, if it has one: above it the bake fails
 */
public record PageReading(String file, String url, String audience, ReadingGrade reading, OptionalInt ceiling) {

    public boolean over() {
        return ceiling.isPresent() && reading.rounded() > ceiling.getAsInt();
    }

    public boolean fails() {
        return over();
    }
}
