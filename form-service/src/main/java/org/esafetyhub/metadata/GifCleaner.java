package org.esafetyhub.metadata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * GIF: the blocks are copied as they are without comment blocks and application blocks (where XMP
 * lives), except the looping block of animations (NETSCAPE2.0 / ANIMEXTS1.0).
 */
final class GifCleaner {

    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2C;
    private static final int TRAILER = 0x3B;
    private static final int COMMENT = 0xFE;
    private static final int APPLICATION = 0xFF;

    private GifCleaner() {
    }

    static byte[] clean(byte[] gif) throws IOException {
        var out = new ByteArrayOutputStream(gif.length);
        int at = 13 + colourTableSize(gif[10]);
        out.write(gif, 0, at);
        while (at < gif.length) {
            int block = gif[at] & 0xFF;
            int start = at;
            if (block == TRAILER) {
                out.write(TRAILER);
                return out.toByteArray();
            } else if (block == EXTENSION) {
                int label = gif[at + 1] & 0xFF;
                at = subBlocksEnd(gif, at + 2);
                if (label != COMMENT && !(label == APPLICATION && loops(gif, start + 2))) {
                    out.write(gif, start, at - start);
                }
            } else if (block == IMAGE) {
                at = subBlocksEnd(gif, at + 10 + colourTableSize(gif[at + 9]) + 1);
                out.write(gif, start, at - start);
            } else {
                throw new IOException("unknown GIF block " + block + " at " + at);
            }
        }
        throw new IOException("the GIF has no trailer");
    }

    private static int colourTableSize(byte flags) {
        return (flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 0x07) + 1));
    }

    /** Where a chain of sub-blocks (a length byte, then that many bytes; 0 ends it) that starts at {@code at} ends. */
    private static int subBlocksEnd(byte[] gif, int at) throws IOException {
        while (true) {
            if (at >= gif.length) {
                throw new IOException("a GIF block runs past the end of the file");
            }
            int length = gif[at] & 0xFF;
            at += 1 + length;
            if (length == 0) {
                return at;
            }
        }
    }

    private static boolean loops(byte[] gif, int subBlock) {
        if ((gif[subBlock] & 0xFF) != 11 || subBlock + 12 > gif.length) {
            return false;
        }
        var id = new String(gif, subBlock + 1, 11, StandardCharsets.US_ASCII);
        return id.equals("NETSCAPE2.0") || id.equals("ANIMEXTS1.0");
    }
}
