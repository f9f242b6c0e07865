package org.esafetyhub.help;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HelpServicesFileTest {

    private static final Path ROOT = Path.of(System.getProperty("hub.root", ".."));

    @Test
    void the_shipped_file_names_every_service_the_danger_step_needs_and_is_packaged_as_it_is() {
        var shipped = HelpServicesFile.load(ROOT);
        var packaged = HelpServicesFile.loadPackaged();

        assertThat(packaged).isEqualTo(shipped);
        var dangerStep = HelpServicesFile.dangerStepModel(shipped);
        var names = ((List<?>) dangerStep.get("services")).stream().map(service -> String.valueOf(((Map<?, ?>) service).get("name"))).toList();
        assertThat(names).containsExactly("999", "CEOP", "Report Remove", "Report Harmful Content", "Childline");
        assertThat(dangerStep).containsEntry("checked", "2026-11-27").containsEntry("checkedShown", "27 November 2026");
        assertThat(shipped.services()).extracting(HelpServices.Service::id).contains("police-non-emergency", "nspcc", "professionals-helpline");
    }

    @Test
    void templates_read_each_service_by_id_with_the_number_as_dialled_and_the_address_written_out() {
        var byId = (Map<?, ?>) HelpServicesFile.asTemplateModel(HelpServicesFile.load(ROOT)).get("byId");
        @SuppressWarnings("unchecked")
        var childline = (Map<String, Object>) byId.get("childline");

        assertThat(childline).containsEntry("phone", "0800 1111").containsEntry("dial", "08001111")
                .containsEntry("address", "www.childline.org.uk").containsEntry("checkedShown", "7 December 2026");
        assertThat(((Map<?, ?>) HelpServicesFile.asTemplateModel(HelpServicesFile.load(ROOT)).get("byName")).get("Childline")).isEqualTo(childline);
    }

    @Test
    void a_service_without_a_way_to_reach_it_an_http_address_a_bad_date_or_an_unknown_danger_step_is_refused() {
        var help = new HelpServices(List.of("a", "nobody"), List.of(
                new HelpServices.Service("a", "A", null, null, null, null, null, "when", "what", "last week"),
                new HelpServices.Service("b", "B", "0800-1111", "http://example.org/", null, "Go", null, null, null, "2026-12-07"),
                new HelpServices.Service("b", "B again", null, null, "help@example.org", null, null, null, null, "2026-12-07")));

        assertThat(HelpServicesFile.problems(help)).containsExactly(
                "services[0] (a) needs a phone number, a url or an email",
                "services[0] (a).checked must be the day its number and addresses were last checked, as yyyy-MM-dd",
                "services[1] (b).phone must be digits, grouped by single spaces, as people write it (0800 1111)",
                "services[1] (b).url must be an https:// address",
                "services[2] (b): the id is used twice",
                "dangerStep: no service has the id nobody");
    }
}
