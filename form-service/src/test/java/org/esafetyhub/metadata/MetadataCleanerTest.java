package org.esafetyhub.metadata;

import org.esafetyhub.crypto.Sha256;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import org.apache.pdfbox.Loader;
import org.esafetyhub.testing.Evidence;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataCleanerTest {

    @Test
    void a_phone_jpeg_loses_its_gps_position_camera_and_owner_and_still_shows_the_picture() throws Exception {
        var original = Evidence.jpegWithGpsAndOwner();
        var before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(original));
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class)).as("the fixture has GPS").isNotNull();

        var cleaning = MetadataCleaner.clean("image/jpeg", original);

        assertThat(cleaning.refusal()).isNull();
        assertThat(cleaning.removed()).contains("GPS position", "camera model", "owner name");
        var after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(cleaning.content()));
        assertThat(after.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(after.getFirstDirectoryOfType(ExifSubIFDDirectory.class)).isNull();
        assertThat(new String(cleaning.content(), StandardCharsets.ISO_8859_1)).doesNotContain(Evidence.OWNER, "PhoneMaker");
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaning.content())).getWidth()).isEqualTo(40);
        assertThat(cleaning.sha256()).isEqualTo(Sha256.hex(cleaning.content())).isNotEqualTo(Sha256.hex(original));
    }

    @Test
    void a_pdf_loses_its_author_and_document_information() throws Exception {
        var cleaning = MetadataCleaner.clean("application/pdf", Evidence.pdfWithAuthor());

        assertThat(cleaning.cleaned()).isTrue();
        assertThat(cleaning.removed()).contains("author", "title, subject and keywords");
        try (var cleaned = Loader.loadPDF(cleaning.content())) {
            assertThat(cleaned.getDocumentInformation().getAuthor()).isNull();
            assertThat(cleaned.getDocumentInformation().getTitle()).isNull();
            assertThat(cleaned.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(new String(cleaning.content(), StandardCharsets.ISO_8859_1)).doesNotContain(Evidence.AUTHOR);
    }

    @Test
    void a_photo_marked_as_turned_a_quarter_comes_out_upright_without_the_mark() throws Exception {
        var cleaning = MetadataCleaner.clean("image/jpeg", Evidence.jpegTurnedAQuarter());

        var picture = ImageIO.read(new ByteArrayInputStream(cleaning.content()));
        assertThat(picture.getWidth()).isEqualTo(20);
        assertThat(picture.getHeight()).isEqualTo(40);
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(cleaning.content()))
                .getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class)).isNull();
    }

    @Test
    void data_after_the_end_of_a_picture_is_named_with_the_details_of_a_picture_hidden_there() {
        var cleaning = MetadataCleaner.clean("image/jpeg", Evidence.jpegHidingAPictureWithGps());

        assertThat(cleaning.removed()).contains("data after the end of the picture", "GPS position", "owner name");
        assertThat(new String(cleaning.content(), StandardCharsets.ISO_8859_1)).doesNotContain(Evidence.OWNER);
    }

    @Test
    void a_png_that_declares_400_million_pixels_is_not_cleaned_and_returns_at_once() {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(20_000).putInt(20_000).put((byte) 8).put((byte) 2).array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        long start = System.nanoTime();

        var cleaning = MetadataCleaner.clean("image/png", out.toByteArray());

        assertThat(cleaning.cleaned()).isFalse();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    private static void chunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
        var chunk = java.nio.ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        var crc = new java.util.zip.CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        out.writeBytes(chunk.array());
    }

    @Test
    void a_png_loses_its_text_notes_and_keeps_its_pixels() throws Exception {
        var cleaning = MetadataCleaner.clean("image/png", Evidence.pngWithText());

        assertThat(cleaning.removed()).containsExactly("text notes");
        assertThat(new String(cleaning.content(), StandardCharsets.ISO_8859_1)).doesNotContain(Evidence.AUTHOR);
        assertThat(cleaning.content()).isEqualTo(Evidence.png());
    }

    @Test
    void a_gif_loses_its_comment() throws Exception {
        var cleaning = MetadataCleaner.clean("image/gif", Evidence.gifWithComment());

        assertThat(cleaning.removed()).containsExactly("comments");
        assertThat(new String(cleaning.content(), StandardCharsets.ISO_8859_1)).doesNotContain(Evidence.AUTHOR);
        assertThat(ImageIO.read(new ByteArrayInputStream(cleaning.content())).getWidth()).isEqualTo(10);
    }

    @Test
    void a_file_that_cannot_be_read_is_not_cleaned_and_says_so() {
        var broken = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01};

        var cleaning = MetadataCleaner.clean("image/jpeg", broken);

        assertThat(cleaning.cleaned()).isFalse();
        assertThat(cleaning.content()).isNull();
        assertThat(cleaning.refusal()).isNotBlank();
    }
}
