package org.esafetyhub.metadata;

import org.apache.commons.imaging.bytesource.ByteSource;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegRewriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * JPEG: the picture's segments are read and written again by Commons Imaging, keeping only what
 * drawing needs (JFIF, the colour profile, Adobe's colour transform, the tables and the picture data):
 * EXIF (GPS, camera, owner, times, preview), XMP, Photoshop/IPTC, other application segments and
 * comments are left out, and so is anything after the picture's end (phones hide second pictures,
 * with their own EXIF, there). A picture turned by an EXIF orientation may then show turned.
 */
final class JpegCleaner extends JpegRewriter {

    private static final int APP0 = 0xFFE0;
    private static final int APP2 = 0xFFE2;
    private static final int APP14 = 0xFFEE;
    private static final int APP15 = 0xFFEF;
    private static final int COMMENT = 0xFFFE;
    private static final byte[] ICC = "ICC_PROFILE".getBytes(StandardCharsets.US_ASCII);

    private JpegCleaner() {
    }

    static byte[] clean(byte[] original) throws IOException {
        return new JpegCleaner().rewrite(original);
    }

    private byte[] rewrite(byte[] original) throws IOException {
        var pieces = analyzeJfif(ByteSource.array(original)).pieces;
        var kept = pieces.stream().filter(piece -> !(piece instanceof JFIFPieceSegment segment) || keeps(segment)).toList();
        var out = new ByteArrayOutputStream(original.length);
        writeSegments(out, kept);
        var written = out.toByteArray();
        return Arrays.copyOf(written, JpegEnd.after(written));
    }

    private static boolean keeps(JFIFPieceSegment segment) {
        int marker = segment.marker;
        if (marker == COMMENT || (marker >= APP0 && marker <= APP15)) {
            return marker == APP0 || marker == APP14 || (marker == APP2 && startsWith(segment.getSegmentData(), ICC));
        }
        return true;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
