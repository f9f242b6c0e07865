package org.esafetyhub.help;

import org.esafetyhub.data.DataFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HelpServicesFileTest {

    @Test
    void the_shipped_file_names_every_service_the_danger_step_needs_and_is_packaged_as_it_is() {
        var shipped = DataFile.read(java.nio.file.Path.of(System.getProperty("hub.root", "..")).resolve("data/help-services.yaml"), "data/help-services.yaml", HelpServices.class);
        var packaged = HelpServicesFile.loadPackaged();

        assertThat(HelpServicesFile.problems(shipped)).isEmpty();
        assertThat(packaged).isEqualTo(shipped);
        assertThat(shipped.services()).extracting(HelpServices.Service::name)
                .containsExactly("999", "CEOP", "Report Remove", "Report Harmful Content", "Childline");
        assertThat(HelpServicesFile.asTemplateModel(shipped)).containsEntry("checkedShown", "27 November 2026");
    }

    @Test
    void a_service_without_a_way_to_reach_it_an_http_address_or_a_bad_date_is_refused() {
        var help = new HelpServices("last week", List.of(
                new HelpServices.Service("A", "when", "what", null, null, null, null),
                new HelpServices.Service("B", "when", "what", null, "http://example.org/", "Go", null)));

        assertThat(HelpServicesFile.problems(help)).containsExactly(
                "checked must be the day the services were last checked, as yyyy-MM-dd",
                "services[0] needs a phone number or a url",
                "services[1].url must be an https:// address, with a linkText");
    }
}
