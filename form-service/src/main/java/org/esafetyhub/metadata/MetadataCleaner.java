package org.esafetyhub.metadata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Makes the copy of an evidence file that staff see: without the details a phone or a program hides
 * in it (GPS position, camera, owner's name, times, XMP, text notes). Each picture is read again
 * after cleaning and the copy is refused if anything of the kind is still found, so a clean copy
 * is never a guess.
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
                case "image/jpeg" -> picture(original, JpegCleaner.clean(original));
                case "image/png" -> picture(original, PngCleaner.clean(original));
                case "image/webp" -> picture(original, WebpCleaner.clean(original));
                case "image/gif" -> picture(original, GifCleaner.clean(original));
                default -> Cleaning.refused("files of this type are not cleaned");
            };
        } catch (Exception | StackOverflowError e) {
            // a damaged or unusual file: keep the original only, and say so, rather than guess
            LOG.info("evidence of type {} could not be cleaned: {}", mediaType, e.getClass().getSimpleName());
            return Cleaning.refused("its hidden details could not be read safely");
        }
    }

    private static Cleaning picture(byte[] original, byte[] cleaned) {
        List<String> leftOver = PictureDetails.found(cleaned);
        if (!leftOver.isEmpty()) {
            return Cleaning.refused("some hidden details could not be removed (" + String.join(", ", leftOver) + ")");
        }
        return Cleaning.of(cleaned, PictureDetails.found(original));
    }
}
