package org.esafetyhub.site;

import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The easy read version of the 7-11 code of conduct, as a pupil's browser lays it out, wide and at 320 px. */
@ExtendWith(StackExtension.class)
class EasyReadIT {

    private static final String EASY_READ = "/pupils/easy-read/";
    private static final String STANDARD = "/pupils/code-of-conduct-7-11/";

    /** For one line: its picture's left, right, top and bottom, then its words' left, top and bottom. */
    private static final String LAYOUT = """
            var line = arguments[0], picture = line.querySelector('img'), words = document.createRange();
            words.setStartAfter(picture);
            words.setEnd(line, line.childNodes.length);
            var p = picture.getBoundingClientRect(), w = words.getBoundingClientRect();
            return [p.left, p.right, p.top, p.bottom, w.left, w.top, w.bottom];""";

    /** The computed style of every element under the panel that holds text: size and spacing in px, alignment, slant. */
    private static final String TYPE = """
            return Array.from(document.querySelectorAll('.easy-read, .easy-read *')).filter(e => e.tagName !== 'IMG').map(e => {
              var s = getComputedStyle(e);
              return {tag: e.tagName, size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight), align: s.textAlign, style: s.fontStyle};
            });""";

    @Test
    void every_line_has_a_picture_without_alt_text_on_its_left_wide_and_at_320_px(Stack stack) {
        var browser = stack.browser();
        for (int width : new int[] {1280, 320}) {
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 400));
            try {
                browser.open(stack.url(EASY_READ));
                var lines = browser.driver().findElements(By.cssSelector(".easy-read li"));
                assertThat(lines).hasSizeGreaterThanOrEqualTo(19);
                for (var line : lines) {
                    var picture = line.findElement(By.tagName("img"));
                    assertThat(picture.getAttribute("alt")).isEmpty();
                    assertThat(picture.getAttribute("src")).contains("/images/easy-read/").endsWith(".svg");
                    @SuppressWarnings("unchecked")
                    var at = ((List<Number>) browser.script(LAYOUT, line)).stream().map(Number::doubleValue).toList();
                    assertThat(at.get(1)).as("%d px: picture's right edge left of the words of \"%s\"", width, line.getText()).isLessThanOrEqualTo(at.get(4));
                    assertThat(at.get(2)).as("%d px: picture level with the words of \"%s\"", width, line.getText()).isLessThan(at.get(6));
                    assertThat(at.get(5)).isLessThan(at.get(3));
                    assertThat((Boolean) browser.script("return arguments[0].complete && arguments[0].naturalWidth > 0", picture))
                            .as("%s loads", picture.getAttribute("src")).isTrue();
                }
            } finally {
                browser.driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
    }

    @Test
    void the_words_are_at_least_19_px_left_aligned_upright_with_lines_spaced_at_least_1_5(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url(EASY_READ));

        @SuppressWarnings("unchecked")
        var styles = (List<Map<String, Object>>) browser.script(TYPE);

        assertThat(styles).isNotEmpty().allSatisfy(style -> {
            assertThat(((Number) style.get("size")).doubleValue()).as("font size of %s", style.get("tag")).isGreaterThanOrEqualTo(19);
            assertThat(((Number) style.get("lineHeight")).doubleValue() / ((Number) style.get("size")).doubleValue())
                    .as("line spacing of %s", style.get("tag")).isGreaterThanOrEqualTo(1.5);
            assertThat(style.get("align")).as("alignment of %s", style.get("tag")).isIn("left", "start");
            assertThat(style.get("style")).as("slant of %s", style.get("tag")).isEqualTo("normal");
        });
    }

    @Test
    void the_easy_read_and_the_standard_version_link_to_each_other(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url(STANDARD));
        browser.clickAndWaitForNextPage(By.linkText("Easy read version"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(stack.url(EASY_READ).toString());

        browser.clickAndWaitForNextPage(By.linkText("Standard version"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(stack.url(STANDARD).toString());
    }
}
