package org.esafetyhub.report;

import org.esafetyhub.evidence.EvidenceSeal;
import org.esafetyhub.metadata.Cleaning;
import org.esafetyhub.metadata.FileType;
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

    /**
     * The file as a row to store, both copies sealed (hashes and sizes stay those of the plain files);
     * {@code position} is ignored where the store numbers files itself.
     */
    ReportStore.Evidence row(String id, String reportId, int position, EvidenceSeal seal) {
        var sealed = seal.seal(id, content, clean.content());
        return new ReportStore.Evidence(id, reportId, position, displayName, mediaType, content.length, sha256, sealed.original(),
                sealed.clean(), clean.sha256(), clean.cleaned() ? Long.valueOf(clean.content().length) : null,
                clean.cleaned() ? clean.removedText() : null, clean.refusal(), sealed.key().dataKey(), sealed.key().keyId());
    }

    /** The type by the file's first bytes, never by its name or what the browser claims (see {@link FileType}). */
    static Optional<String> detectType(byte[] bytes) {
        return FileType.detect(bytes);
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
}
