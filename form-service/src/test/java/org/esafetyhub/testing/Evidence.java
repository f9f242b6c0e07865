package org.esafetyhub.testing;

import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.ExifTagConstants;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Real files to attach as evidence: a PNG drawn here and a minimal PDF; and files as phones and
 * programs make them, with hidden details: a JPEG with GPS, camera and owner's name in its EXIF
 * (written with Commons Imaging), a PDF with an author (PDFBox), a PNG with a text note and a GIF
 * with a comment.
 */
public final class Evidence {

    private Evidence() {
    }

    public static byte[] png() {
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF0000);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static final String OWNER = "Jamie Example-Owner";
    public static final String AUTHOR = "Alex Example-Author";

    public static byte[] jpegWithGpsAndOwner() {
        try {
            var plain = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
            var exif = new TiffOutputSet();
            exif.setGpsInDegrees(-1.2577, 51.7520);
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "PhoneMaker");
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MODEL, "Phone 12 Pro");
            exif.getOrCreateExifDirectory().add(ExifTagConstants.EXIF_TAG_CAMERA_OWNER_NAME, OWNER);
            var out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdfWithAuthor() {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setAuthor(AUTHOR);
            document.getDocumentInformation().setTitle("Messages from the group chat");
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG above with a tEXt chunk ("Author", {@link #AUTHOR}) after its header chunk. */
    public static byte[] pngWithText() {
        var png = png();
        var data = ("Author\0" + AUTHOR).getBytes(StandardCharsets.ISO_8859_1);
        var chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data);
        var crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        int afterHeader = 8 + 25;
        var out = new ByteArrayOutputStream();
        out.write(png, 0, afterHeader);
        out.writeBytes(chunk.array());
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** A GIF drawn here with a comment block naming {@link #AUTHOR} before its picture. */
    public static byte[] gifWithComment() {
        var plain = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_INDEXED), "gif", plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var gif = plain.toByteArray();
        int flags = gif[10] & 0xFF;
        int afterTable = 13 + ((flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 0x07) + 1)));
        var text = AUTHOR.getBytes(StandardCharsets.US_ASCII);
        var out = new ByteArrayOutputStream();
        out.write(gif, 0, afterTable);
        out.write(0x21);
        out.write(0xFE);
        out.write(text.length);
        out.writeBytes(text);
        out.write(0);
        out.write(gif, afterTable, gif.length - afterTable);
        return out.toByteArray();
    }

    public static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }
}
