package org.esafetyhub.metadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * PNG: the chunks are copied as they are, keeping only those that draw the picture; text notes
 * (tEXt, zTXt, iTXt, where XMP also lives), EXIF (eXIf), the time changed (tIME) and any private chunk
 * are left out. Kept chunks keep their own checksums, so the picture is unchanged byte for byte.
 */
final class PngCleaner {

    private static final int SIGNATURE = 8;
    private static final Set<String> DRAWING = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT");

    private PngCleaner() {
    }

    static byte[] clean(byte[] original) throws IOException {
        var out = new ByteArrayOutputStream(original.length);
        out.write(original, 0, SIGNATURE);
        var in = ByteBuffer.wrap(original);
        int at = SIGNATURE;
        while (at + 12 <= original.length) {
            long length = Integer.toUnsignedLong(in.getInt(at));
            if (length > original.length - at - 12L) {
                throw new IOException("a PNG chunk runs past the end of the file");
            }
            var type = new String(original, at + 4, 4, StandardCharsets.ISO_8859_1);
            int whole = (int) length + 12;
            if (DRAWING.contains(type)) {
                out.write(original, at, whole);
            }
            at += whole;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new IOException("the PNG has no end chunk");
    }
}
