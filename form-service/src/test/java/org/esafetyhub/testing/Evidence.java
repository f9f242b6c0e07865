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

    /** A JPEG 40 wide and 20 high whose EXIF says to show it turned a quarter clockwise (orientation 6), as phones write them. */
    public static byte[] jpegTurnedAQuarter() {
        try {
            var plain = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
            var exif = new TiffOutputSet();
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) 6);
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
        return withChunk(png(), "tEXt", ("Author\0" + AUTHOR).getBytes(StandardCharsets.ISO_8859_1));
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

    public static final String SCRIPT = "<html><body><script>alert('from the evidence')</script></body></html>";

    /** The PNG above with a private chunk ("scRp") holding an HTML page with a script, after its header chunk. */
    public static byte[] pngWithScript() {
        return withChunk(png(), "scRp", SCRIPT.getBytes(StandardCharsets.US_ASCII));
    }

    /** A plain JPEG with, after its end, a second JPEG carrying GPS and its owner's name (as some phones hide a preview or a depth map). */
    public static byte[] jpegHidingAPictureWithGps() {
        try {
            var plain = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "jpeg", plain);
            plain.writeBytes(jpegWithGpsAndOwner());
            return plain.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A lossless WebP of 1 by 1 pixel (the one browsers are tested with), followed by an HTML page. */
    public static byte[] webpWithTrailingPage() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(java.util.Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="));
        out.writeBytes(SCRIPT.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A PDF that runs JavaScript when opened, has actions on its page and document, an embedded file and a link that starts a program. */
    public static byte[] pdfWithActions() {
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            var script = new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('opened');");
            document.getDocumentCatalog().setOpenAction(script);
            var names = new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(document.getDocumentCatalog());
            var scripts = new org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode();
            scripts.setNames(java.util.Map.of("start", new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('named');")));
            names.setJavascript(scripts);
            var file = new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
            file.setFile("payload.exe");
            file.setEmbeddedFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(document,
                    new java.io.ByteArrayInputStream("MZ payload".getBytes(StandardCharsets.US_ASCII))));
            var files = new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("payload.exe", file));
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
            var pageActions = new org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions();
            pageActions.setO(new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('page');"));
            page.setActions(pageActions);
            var documentActions = new org.apache.pdfbox.pdmodel.interactive.action.PDDocumentCatalogAdditionalActions(
                    new org.apache.pdfbox.cos.COSDictionary());
            document.getDocumentCatalog().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.AA, documentActions.getCOSObject());
            documentActions.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.getPDFName("WC"),
                    new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert('closing');"));
            var launch = new org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch();
            var program = new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification();
            program.setFile("cmd.exe");
            launch.setFile(program);
            var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(10, 10, 100, 20));
            link.setAction(launch);
            page.getAnnotations().add(link);
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose one page's /Rotate is an array nested {@code depth} deep: parsers that recurse run out of stack. */
    public static byte[] pdfNested(int depth) {
        var nested = "[".repeat(depth) + "]".repeat(depth);
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Nested " + nested + " >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] withChunk(byte[] png, String type, byte[] data) {
        var chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
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
}
