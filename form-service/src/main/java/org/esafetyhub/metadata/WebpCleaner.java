package org.esafetyhub.metadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * WebP: the RIFF chunks are copied as they are without the EXIF and XMP chunks (and any unknown
 * one); the extended header's flags for them are cleared and the file's length written again.
 */
final class WebpCleaner {

    private static final Set<String> DRAWING = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private WebpCleaner() {
    }

    static byte[] clean(byte[] original) throws IOException {
        var out = new ByteArrayOutputStream(original.length);
        out.write(original, 0, 12);
        var in = ByteBuffer.wrap(original).order(ByteOrder.LITTLE_ENDIAN);
        long riffEnd = Math.min(original.length, 8L + Integer.toUnsignedLong(in.getInt(4)));
        int at = 12;
        while (at + 8 <= riffEnd) {
            var type = new String(original, at, 4, StandardCharsets.ISO_8859_1);
            long size = Integer.toUnsignedLong(in.getInt(at + 4));
            long whole = 8 + size + (size & 1);
            if (at + 8 + size > riffEnd) {
                throw new IOException("a WebP chunk runs past the end of the file");
            }
            if (DRAWING.contains(type)) {
                int start = out.size();
                out.write(original, at, (int) Math.min(whole, riffEnd - at));
                if (type.equals("VP8X")) {
                    var written = out.toByteArray();
                    written[start + 8] &= (byte) ~(EXIF_FLAG | XMP_FLAG);
                    out.reset();
                    out.write(written);
                }
            }
            at += (int) whole;
        }
        var cleaned = out.toByteArray();
        ByteBuffer.wrap(cleaned).order(ByteOrder.LITTLE_ENDIAN).putInt(4, cleaned.length - 8);
        return cleaned;
    }
}
