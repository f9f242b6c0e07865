package org.esafetyhub.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19, finding 3: in the evidence bundle a file unpacks with the extension of what it is, never the one its sender chose. */
class BundleZipTest {

    @Test
    void a_picture_sent_as_screenshot_hta_unpacks_as_a_png() {
        assertThat(BundleZip.evidencePath(1, "screenshot.hta", "image/png")).isEqualTo("evidence/01-screenshot.png");
        assertThat(BundleZip.evidencePath(2, "chat <log>.png.exe", "application/pdf")).isEqualTo("evidence/02-chat_log_png.pdf");
    }

    @Test
    void the_clean_copy_of_a_webp_or_gif_unpacks_as_the_png_it_is() {
        assertThat(BundleZip.cleanPath(3, "sticker.webp", "image/webp")).isEqualTo("evidence/clean/03-sticker.png");
        assertThat(BundleZip.cleanPath(4, "photo.jpg", "image/jpeg")).isEqualTo("evidence/clean/04-photo.jpg");
    }
}
