package org.esafetyhub.metadata;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifThumbnailDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.gif.GifCommentDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.photoshop.PhotoshopDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hidden details a picture carries, read with metadata-extractor and named in plain words.
 * Only what describes the picture itself (size, colours, timing of frames) is not counted.
 */
final class PictureDetails {

    /** Directories that describe only how to draw the picture. */
    private static final Set<String> DRAWING_ONLY = Set.of("FileTypeDirectory", "JpegDirectory", "JfifDirectory",
            "JfxxDirectory", "HuffmanTablesDirectory", "IccDirectory", "AdobeJpegDirectory", "PngChromaticitiesDirectory",
            "GifHeaderDirectory", "GifControlDirectory", "GifImageDirectory", "GifAnimationDirectory", "WebpDirectory");

    /** The order details are named in: what gives a reporter away most first. */
    private static final List<String> ORDER = List.of("GPS position", "camera model", "camera serial number", "owner name",
            "author", "date and time taken", "program or computer used", "XMP details (such as author, place and editing history)",
            "captions and credits", "comments", "text notes", "date and time changed", "a small preview picture",
            "camera maker's notes", "other camera details", "other hidden details", "parts that could not be read");

    private PictureDetails() {
    }

    static List<String> found(byte[] picture) {
        var found = new LinkedHashSet<String>();
        try {
            for (Directory directory : ImageMetadataReader.readMetadata(new ByteArrayInputStream(picture)).getDirectories()) {
                name(directory, found);
            }
        } catch (Exception e) {
            found.add("parts that could not be read");
        }
        var named = new ArrayList<>(found);
        named.sort(java.util.Comparator.comparingInt(ORDER::indexOf));
        return named;
    }

    private static void name(Directory directory, Set<String> found) {
        if (directory instanceof GpsDirectory) {
            found.add("GPS position");
        } else if (directory instanceof ExifThumbnailDirectory) {
            found.add("a small preview picture");
        } else if (directory instanceof ExifDirectoryBase exif) {
            exif(exif, found);
        } else if (directory instanceof XmpDirectory) {
            found.add("XMP details (such as author, place and editing history)");
        } else if (directory instanceof IptcDirectory || directory instanceof PhotoshopDirectory) {
            found.add("captions and credits");
        } else if (directory instanceof JpegCommentDirectory || directory instanceof GifCommentDirectory) {
            found.add("comments");
        } else if (directory instanceof PngDirectory png) {
            if (png.containsTag(PngDirectory.TAG_TEXTUAL_DATA)) {
                found.add("text notes");
            }
            if (png.containsTag(PngDirectory.TAG_LAST_MODIFICATION_TIME)) {
                found.add("date and time changed");
            }
        } else if (!DRAWING_ONLY.contains(directory.getClass().getSimpleName())) {
            found.add(directory.getClass().getName().contains("makernotes") ? "camera maker's notes" : "other hidden details");
        }
    }

    private static void exif(ExifDirectoryBase exif, Set<String> found) {
        if (exif.containsTag(ExifDirectoryBase.TAG_MAKE) || exif.containsTag(ExifDirectoryBase.TAG_MODEL)
                || exif.containsTag(ExifDirectoryBase.TAG_LENS_MODEL)) {
            found.add("camera model");
        }
        if (exif.containsTag(ExifDirectoryBase.TAG_CAMERA_OWNER_NAME)) {
            found.add("owner name");
        }
        if (exif.containsTag(ExifDirectoryBase.TAG_ARTIST) || exif.containsTag(ExifDirectoryBase.TAG_WIN_AUTHOR)
                || exif.containsTag(ExifDirectoryBase.TAG_COPYRIGHT)) {
            found.add("author");
        }
        if (exif.containsTag(ExifDirectoryBase.TAG_BODY_SERIAL_NUMBER)) {
            found.add("camera serial number");
        }
        if (exif.containsTag(ExifDirectoryBase.TAG_DATETIME) || exif.containsTag(ExifDirectoryBase.TAG_DATETIME_ORIGINAL)
                || exif.containsTag(ExifDirectoryBase.TAG_DATETIME_DIGITIZED)) {
            found.add("date and time taken");
        }
        if (exif.containsTag(ExifDirectoryBase.TAG_SOFTWARE) || exif.containsTag(ExifDirectoryBase.TAG_HOST_COMPUTER)) {
            found.add("program or computer used");
        }
        found.add("other camera details");
    }
}
