package org.esafetyhub.site;

import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The parents' workshop handout is printed by the real browser onto A4: one sheet, and only the handout. */
@ExtendWith(StackExtension.class)
class HandoutPrintIT {

    /** The page count of the PDF's page tree: "/Type /Pages ... /Count 2". */
    private static final Pattern PAGE_COUNT = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)");

    private static int pages(org.esafetyhub.testing.Browser browser, PrintOptions options) {
        var pdf = new String(Base64.getDecoder().decode(browser.driver().print(options).getContent()), StandardCharsets.ISO_8859_1);
        var matcher = PAGE_COUNT.matcher(pdf);
        assertThat(matcher.find()).as("the PDF has a page tree").isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void the_workshop_handout_prints_on_one_a4_page(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url("/parents/workshop-handout/"));
        var options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));

        assertThat(pages(browser, options)).isEqualTo(1);
    }

    @Test
    void a_long_guidance_page_prints_on_more_than_one_page_so_the_count_is_real(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url("/parents/workshop/"));
        var options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));

        assertThat(pages(browser, options)).isGreaterThan(1);
    }
}
