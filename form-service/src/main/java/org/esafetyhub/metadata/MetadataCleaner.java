package org.esafetyhub.metadata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Makes the copy of an evidence file that staff see: a picture drawn afresh from its pixels (so nothing a phone,
 * a program or an attacker hid in the file comes along: GPS position, camera, owner's name, XMP, a second
 * picture, a script in a chunk), a PDF rebuilt from its pages without scripts, actions or embedded files. What
 * the original held is named in plain words, data after the picture's end included. Each copy is read again and
 * refused if anything of the kind is still found, so a clean copy is never a guess.
 */
public final class MetadataCleaner {

    private static final Logger LOG = LoggerFactory.getLogger(MetadataCleaner.class);

    private MetadataCleaner() {
    }

    /** @param mediaType the type the file's bytes showed (see the report package's EvidenceFile) */
    public static Cleaning clean(String mediaType, byte[] original) {
        try {
            return switch (mediaType) {
                case "application/pdf" -> PdfCleaner.clean(original);
                case "image/jpeg", "image/png", "image/webp", "image/gif" ->
                        picture(mediaType, original, PixelCopy.of(original, mediaType));
                default -> Cleaning.refused("files of this type are not cleaned");
            };
        } catch (Exception | StackOverflowError e) {
            // a damaged or unusual file: keep the original only, and say so, rather than guess
            // one line, never the trace: a hostile file must not fill the log (PDFBox's own logging is off for the same reason)
            LOG.info("evidence of type {} could not be cleaned: {}: {}", mediaType, e.getClass().getSimpleName(),
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return Cleaning.refused("its hidden details could not be read safely");
        }
    }

    /** The type of the clean copy of a file of this type: pictures other than JPEG are written afresh as PNG. */
    public static String copyType(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg", "application/pdf" -> mediaType;
            default -> "image/png";
        };
    }

    private static Cleaning picture(String mediaType, byte[] original, byte[] cleaned) {
        var copyType = FileType.detect(cleaned).orElse("");
        List<String> leftOver = new ArrayList<>(PictureDetails.found(cleaned));
        leftOver.addAll(Leftovers.found(copyType, cleaned));
        if (!leftOver.isEmpty()) {
            return Cleaning.refused("some hidden details could not be removed (" + String.join(", ", leftOver) + ")");
        }
        var removed = new LinkedHashSet<>(PictureDetails.found(original));
        removed.addAll(Leftovers.found(mediaType, original));
        return Cleaning.of(cleaned, new ArrayList<>(removed));
    }
}
