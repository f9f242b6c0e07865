package org.esafetyhub.metadata;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifIFD0Directory;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A picture drawn afresh from its pixels: decoded (ImageIO; WebP by TwelveMonkeys' reader) and written as a
 * new PNG, or a new JPEG when it was one. Nothing of the file but what the pixels show can reach the copy:
 * no chunk, segment, comment, second picture or data after the end. A photo the camera marked as turned (EXIF
 * orientation) is turned upright first, since the mark itself does not come along. An animation keeps its first frame; a
 * picture larger than {@link #MAX_PIXELS} is read at a reduced size, so one file cannot take the memory of the
 * service (the original keeps the full size).
 */
final class PixelCopy {

    static final long MAX_PIXELS = 16_000_000L;
    /**
     * Past this a file is not cleaned at all: a few megabytes of compressed data can declare billions of pixels, and
     * reading them, even at a reduced size, would hold a request thread for minutes. Phone cameras stay below it.
     */
    static final long MAX_DECLARED_PIXELS = 250_000_000L;
    private static final float JPEG_QUALITY = 0.92f;

    static {
        // ImageIO would otherwise buffer what it reads in temporary files: evidence is never written to disk in the clear
        ImageIO.setUseCache(false);
    }

    private PixelCopy() {
    }

    static byte[] of(byte[] original, String mediaType) throws IOException {
        var image = upright(decode(original), orientation(original));
        var out = new ByteArrayOutputStream(original.length);
        if (MetadataCleaner.copyType(mediaType).equals("image/jpeg")) {
            writeJpeg(withoutAlpha(image), out);
        } else if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] original) throws IOException {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException("no reader for this picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_DECLARED_PIXELS) {
                    throw new IOException("the picture says it is " + reader.getWidth(0) + " by " + reader.getHeight(0) + " pixels");
                }
                var param = reader.getDefaultReadParam();
                if (pixels > MAX_PIXELS) {
                    int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_PIXELS));
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The EXIF orientation (1 to 8; 1 is upright), read with metadata-extractor; 1 when there is none. */
    private static int orientation(byte[] original) {
        try {
            var exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(original)).getFirstDirectoryOfType(ExifIFD0Directory.class);
            return exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION) ? exif.getInt(ExifIFD0Directory.TAG_ORIENTATION) : 1;
        } catch (Exception e) {
            return 1;
        }
    }

    /** Turned as the orientation says (3: half a turn, 6: a quarter clockwise, 8: a quarter anticlockwise); mirrored ones stay as they are. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        int width = image.getWidth();
        int height = image.getHeight();
        var turn = new AffineTransform();
        switch (orientation) {
            case 3 -> {
                turn.translate(width, height);
                turn.rotate(Math.PI);
            }
            case 6 -> {
                turn.translate(height, 0);
                turn.rotate(Math.PI / 2);
            }
            case 8 -> {
                turn.translate(0, width);
                turn.rotate(-Math.PI / 2);
            }
            default -> {
                return image;
            }
        }
        boolean sideways = orientation != 3;
        int type = image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_INT_RGB
                ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        var turned = new BufferedImage(sideways ? height : width, sideways ? width : height, type);
        var graphics = turned.createGraphics();
        try {
            graphics.drawImage(image, turn, null);
        } finally {
            graphics.dispose();
        }
        return turned;
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_3BYTE_BGR || image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static void writeJpeg(BufferedImage image, ByteArrayOutputStream out) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
