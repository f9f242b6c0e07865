package org.esafetyhub.report;

import org.esafetyhub.metadata.Cleaning;
import org.esafetyhub.metadata.MetadataCleaner;
import org.esafetyhub.crypto.Sha256;

import java.util.Optional;

/**
 * One evidence file as received: the reporter's name for it made safe, its type as its bytes show,
 * its hash, and the clean copy staff see (or why there is none).
 */
record EvidenceFile(String displayName, String mediaType, byte[] content, String sha256, Cleaning clean) {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILES = 5;

    static EvidenceFile of(String displayName, String mediaType, byte[] content) {
        return new EvidenceFile(displayName, mediaType, content, Sha256.hex(content), MetadataCleaner.clean(mediaType, content));
    }

    /** The file as a row to store; {@code position} is ignored where the store numbers files itself. */
    ReportStore.Evidence row(String id, String reportId, int position) {
        return new ReportStore.Evidence(id, reportId, position, displayName, mediaType, content.length, sha256, content,
                clean.content(), clean.sha256(), clean.cleaned() ? Long.valueOf(clean.content().length) : null,
                clean.cleaned() ? clean.removedText() : null, clean.refusal());
    }

    /**
     * The type by the file's first bytes, never by its name or what the browser claims: PNG, JPEG,
     * GIF, WebP or PDF; anything else is empty.
     */
    static Optional<String> detectType(byte[] bytes) {
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of("image/gif");
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        if (startsWith(bytes, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
    }

    /** A name safe to show and to offer as a download: no folders, no control or markup characters. */
    static String safeName(String submitted, int position, String mediaType) {
        var name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.' || c == '_')) {
            name = "evidence-" + position + "." + mediaType.substring(mediaType.indexOf('/') + 1);
        }
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
