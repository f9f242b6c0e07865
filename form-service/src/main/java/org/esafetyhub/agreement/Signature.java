package org.esafetyhub.agreement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One parent's or carer's signature of the agreement for a child in a class, against the version signed.
 * {@code signedAt} is epoch millis; {@code onPaper} when a member of staff recorded it from a signed paper copy.
 */
public record Signature(String id, String academySlug, String classCode, String classLabel, String childName, String signerName,
                        String relationship, String typedSignature, String version, long signedAt, boolean onPaper) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    /** The UTC day it was signed, such as {@code 2026-11-27}. */
    public String signedOn() {
        return DAY.format(Instant.ofEpochMilli(signedAt));
    }

    /** Whether it was signed against the given version (the current one). */
    public boolean isOf(String version) {
        return this.version.equals(version);
    }

    /** How a child is told apart within a class: the name as typed, without case or surrounding spaces. */
    String childKey() {
        return childName.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
