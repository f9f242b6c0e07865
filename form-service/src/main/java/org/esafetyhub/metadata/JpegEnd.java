package org.esafetyhub.metadata;

import java.io.IOException;

/** Where a JPEG's picture ends: just after its end-of-image marker, found by walking its segments. */
final class JpegEnd {

    private JpegEnd() {
    }

    static int after(byte[] jpeg) throws IOException {
        int at = 2;
        while (at + 2 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                throw new IOException("not a JPEG marker at " + at);
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xD9) {
                return at + 2;
            }
            if (at + 4 > jpeg.length) {
                break;
            }
            int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
            at += 2 + length;
            if (marker == 0xDA) {
                at = nextMarker(jpeg, at);
            }
        }
        throw new IOException("the JPEG has no end-of-image marker");
    }

    /** Skips picture data: there 0xFF is followed by 0x00 (a stuffed byte) or a restart marker, never a segment. */
    private static int nextMarker(byte[] jpeg, int at) {
        while (at + 1 < jpeg.length) {
            if ((jpeg[at] & 0xFF) == 0xFF) {
                int next = jpeg[at + 1] & 0xFF;
                if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7) && next != 0xFF) {
                    return at;
                }
            }
            at++;
        }
        return at;
    }
}
