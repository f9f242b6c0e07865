package org.esafetyhub.app;

import org.esafetyhub.testing.HtmlChecker;
import org.esafetyhub.testing.Stack;
import org.esafetyhub.testing.StackExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks every page goes through can fail: shown on documents and requests that are wrong on purpose. */
@ExtendWith(StackExtension.class)
class ChecksCanFailIT {

    @Test
    void the_w3c_checker_reports_a_document_without_title_and_with_a_misplaced_element() throws Exception {
        var errors = HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><head></head><body><ul><p>x</p></ul></body></html>");

        assertThat(errors).anySatisfy(e -> assertThat(e).contains("title"));
        assertThat(errors).anySatisfy(e -> assertThat(e).contains("Element “p” not allowed as child of element “ul”"));
    }

    @Test
    void the_browser_records_a_request_to_another_host(Stack stack) {
        var browser = stack.browser();
        browser.open(stack.url("/"));

        browser.script("var i = new Image(); i.src = 'http://third-party.invalid/pixel.gif'; document.body.appendChild(i);");

        browser.waitUpTo(java.time.Duration.ofSeconds(5)).until(driver -> browser.requests().stream()
                .anyMatch(url -> url.startsWith("http://third-party.invalid/")));
    }
}
