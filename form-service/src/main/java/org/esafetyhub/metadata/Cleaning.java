package org.esafetyhub.metadata;

import org.esafetyhub.crypto.Sha256;
import java.util.List;

/**
 * What cleaning one evidence file gave: a copy without hidden details (its bytes, its SHA-256 and
 * what was taken out, in plain words), or, when the file could not be cleaned safely, why not.
 */
public record Cleaning(byte[] content, String sha256, List<String> removed, String refusal) {

    static Cleaning of(byte[] content, List<String> removed) {
        return new Cleaning(content, Sha256.hex(content), List.copyOf(removed), null);
    }

    static Cleaning refused(String why) {
        return new Cleaning(null, null, List.of(), why);
    }

    public boolean cleaned() {
        return refusal == null;
    }

    /** What was removed, as one line such as "GPS position, camera model", or "nothing was found". */
    public String removedText() {
        return removed.isEmpty() ? "nothing was found" : String.join(", ", removed);
    }
}
