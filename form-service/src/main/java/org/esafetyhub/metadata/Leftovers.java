package org.esafetyhub.metadata;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a picture file holds besides its picture and the details {@link PictureDetails} names: data after the
 * picture's end (a second picture with its own GPS, a web page) and parts of unknown kinds (a private PNG chunk
 * holding a script). Found by walking the file's own structure, so a report never says "nothing was found"
 * while the file carried more than its picture.
 */
final class Leftovers {

    static final String AFTER_END = "data after the end of the picture";
    static final String UNKNOWN_PARTS = "other hidden data";

    /** PNG chunks that draw the picture, or that {@link PictureDetails} already names. */
    private static final Set<String> PNG_KNOWN = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "bKGD", "pHYs", "acTL", "fcTL", "fdAT", "tEXt", "zTXt", "iTXt", "eXIf", "tIME", "hIST", "sPLT");
    private static final Set<String> WEBP_KNOWN = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP", "EXIF", "XMP ");

    private Leftovers() {
    }

    static List<String> found(String mediaType, byte[] file) {
        var found = new LinkedHashSet<String>();
        try {
            int end = switch (mediaType) {
                case "image/png" -> pngEnd(file, found);
                case "image/jpeg" -> JpegEnd.after(file);
                case "image/gif" -> gifEnd(file, found);
                case "image/webp" -> webpEnd(file, found);
                default -> file.length;
            };
            if (end < file.length && !onlyPadding(file, end)) {
                found.add(AFTER_END);
                // a second picture after the first keeps its own details: name them too
                var rest = Arrays.copyOfRange(file, end, file.length);
                if (FileType.detect(rest).isPresent()) {
                    PictureDetails.found(rest).stream().filter(d -> !d.equals("parts that could not be read")).forEach(found::add);
                }
            }
        } catch (IOException | RuntimeException e) {
            found.add("parts that could not be read");
        }
        return List.copyOf(found);
    }

    private static boolean onlyPadding(byte[] file, int from) {
        for (int i = from; i < file.length; i++) {
            if (file[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int pngEnd(byte[] png, Set<String> found) throws IOException {
        var in = ByteBuffer.wrap(png);
        int at = 8;
        while (at + 12 <= png.length) {
            long length = Integer.toUnsignedLong(in.getInt(at));
            if (length > png.length - at - 12L) {
                throw new IOException("a PNG chunk runs past the end of the file");
            }
            var type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (!PNG_KNOWN.contains(type)) {
                found.add(UNKNOWN_PARTS);
            }
            at += (int) length + 12;
            if (type.equals("IEND")) {
                return at;
            }
        }
        throw new IOException("the PNG has no end chunk");
    }

    private static int gifEnd(byte[] gif, Set<String> found) throws IOException {
        int at = 13 + colourTableSize(gif[10]);
        while (at < gif.length) {
            int block = gif[at] & 0xFF;
            if (block == 0x3B) {
                return at + 1;
            } else if (block == 0x21) {
                int label = gif[at + 1] & 0xFF;
                // graphic control (F9) and comments (FE, named as comments) are known; the looping block is an application block
                if (label != 0xF9 && label != 0xFE && !(label == 0xFF && loops(gif, at + 2))) {
                    found.add(UNKNOWN_PARTS);
                }
                at = subBlocksEnd(gif, at + 2);
            } else if (block == 0x2C) {
                at = subBlocksEnd(gif, at + 10 + colourTableSize(gif[at + 9]) + 1);
            } else {
                throw new IOException("unknown GIF block " + block + " at " + at);
            }
        }
        throw new IOException("the GIF has no trailer");
    }

    private static int colourTableSize(byte flags) {
        return (flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 0x07) + 1));
    }

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
        if (subBlock + 12 > gif.length || (gif[subBlock] & 0xFF) != 11) {
            return false;
        }
        var id = new String(gif, subBlock + 1, 11, StandardCharsets.US_ASCII);
        return id.equals("NETSCAPE2.0") || id.equals("ANIMEXTS1.0");
    }

    private static int webpEnd(byte[] webp, Set<String> found) throws IOException {
        var in = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        long riffEnd = 8L + Integer.toUnsignedLong(in.getInt(4));
        if (riffEnd > webp.length) {
            throw new IOException("the WebP is shorter than it says");
        }
        int at = 12;
        while (at + 8 <= riffEnd) {
            var type = new String(webp, at, 4, StandardCharsets.ISO_8859_1);
            long size = Integer.toUnsignedLong(in.getInt(at + 4));
            if (!WEBP_KNOWN.contains(type)) {
                found.add(UNKNOWN_PARTS);
            }
            at += (int) Math.min(Integer.MAX_VALUE, 8 + size + (size & 1));
        }
        return (int) riffEnd;
    }
}
