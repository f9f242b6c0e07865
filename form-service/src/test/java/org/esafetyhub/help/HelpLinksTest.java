package org.esafetyhub.help;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HelpLinksTest {

    private static final HelpLinks LINKS = new HelpLinks(HelpServicesFile.load(Path.of(System.getProperty("hub.root", ".."))));

    @Test
    void a_service_resolves_to_its_address_its_number_or_its_email_each_written_out_for_a_link_without_words() {
        assertThat(LINKS.resolve("childline")).isEqualTo(new HelpLinks.Link("https://www.childline.org.uk/", "www.childline.org.uk"));
        assertThat(LINKS.resolve("childline/phone")).isEqualTo(new HelpLinks.Link("tel:08001111", "0800 1111"));
        assertThat(LINKS.resolve("nspcc/email")).isEqualTo(new HelpLinks.Link("mailto:help@nspcc.org.uk", "help@nspcc.org.uk"));
    }

    @Test
    void a_reference_to_no_service_or_to_what_a_service_lacks_says_what_is_wrong() {
        assertThat(LINKS.problemWith("childlin").orElseThrow()).startsWith("help:childlin: data/help-services.yaml has no service \"childlin\" (its ids: emergency, police-non-emergency, ceop,");
        assertThat(LINKS.problemWith("emergency")).contains("help:emergency: 999 has no address in data/help-services.yaml");
        assertThat(LINKS.problemWith("ceop/phone")).contains("help:ceop/phone: CEOP has no phone number in data/help-services.yaml");
        assertThat(LINKS.problemWith("childline/fax"))
                .contains("help:childline/fax: write help:childline, help:childline/phone or help:childline/email");
        assertThatThrownBy(() -> LINKS.resolve("childlin")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbers_and_addresses_are_found_however_they_are_typed_but_not_inside_other_numbers_or_names() {
        for (var typed : new String[] {"call 0800 1111", "tel:08001111", "0800-1111", "visit www.childline.org.uk",
                "https://WWW.CHILDLINE.ORG.UK/info", "e-mail help@nspcc.org.uk", "Call 999.", "ring 101 now"}) {
            assertThat(LINKS.typedByHand(typed, false)).as(typed).isNotEmpty();
        }
        for (var innocent : new String[] {"in 1999 and 19999", "policy 10.1", "ages 10 1", "0800 11112", "notchildline.org.uk",
                "Childline can help", "[](help:childline/phone)", "[](help:police-non-emergency/phone)", "0300 101 2222"}) {
            assertThat(LINKS.typedByHand(innocent, false)).as(innocent).isEmpty();
        }
    }

    @Test
    void a_template_is_told_the_macro_to_write_and_a_page_the_link() {
        assertThat(LINKS.typedByHand("<a href=\"tel:999\">999</a>", true))
                .containsExactly("the number 999 is typed by hand: write <@help.phone \"emergency\"/>, which the bake fills in "
                        + "from data/help-services.yaml");
        assertThat(LINKS.typedByHand("see reportharmfulcontent.com", false))
                .containsExactly("an address at reportharmfulcontent.com is typed by hand: write [its name](help:report-harmful-content), "
                        + "which the bake fills in from data/help-services.yaml");
    }

    @Test
    void a_body_s_help_links_point_at_the_services_keeping_the_page_s_words_and_its_other_links() {
        var html = "<p>Use <a href=\"help:report-remove\">Report Remove</a>, call <a href=\"help:childline/phone\"></a> "
                + "or see <a href=\"/report/\">the form</a>.</p>";

        assertThat(LINKS.resolveLinks(html)).isEqualTo("<p>Use <a href=\"https://www.childline.org.uk/info-advice/bullying-abuse-safety/"
                + "online-mobile-safety/remove-nude-image-shared-online/\">Report Remove</a>, call <a href=\"tel:08001111\">0800 1111</a> "
                + "or see <a href=\"/report/\">the form</a>.</p>");
        assertThat(LINKS.resolveLinks("<p>No links.</p>")).isEqualTo("<p>No links.</p>");
    }
}
