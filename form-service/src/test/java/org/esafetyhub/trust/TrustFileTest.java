package org.esafetyhub.trust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustFileTest {

    private static final Path SHIPPED = Path.of(System.getProperty("hub.root", "..")).resolve("config/trust.yaml");

    @TempDir
    Path folder;

    @Test
    void the_shipped_example_trust_loads_with_its_academies() {
        var trust = TrustFile.load(SHIPPED);

        assertThat(trust.academies()).extracting(Academy::slug).containsExactly("riverside-primary", "meadowbank-academy");
        assertThat(trust.academy("meadowbank-academy")).hasValueSatisfying(a -> assertThat(a.dsl().email()).contains("@"));
    }

    @Test
    void a_missing_dsl_email_and_a_repeated_slug_are_each_named_by_their_place() throws Exception {
        var shipped = Files.readString(SHIPPED);
        var broken = shipped.replace("email: dsl@meadowbank.example.org", "phone: 01632 960999")
                .replace("slug: meadowbank-academy", "slug: riverside-primary");
        var file = Files.writeString(folder.resolve("trust.yaml"), broken);

        assertThatThrownBy(() -> TrustFile.load(file))
                .isInstanceOf(InvalidTrustFileException.class)
                .hasMessageContaining("academies[1].slug 'riverside-primary' is used twice")
                .hasMessageContaining("academies[1].dsl.email must be an e-mail address");
    }

    @Test
    void an_unknown_key_is_refused_by_name() throws Exception {
        var file = Files.writeString(folder.resolve("trust.yaml"),
                Files.readString(SHIPPED).replace("quickExitUrl:", "quickExitLink:"));

        assertThatThrownBy(() -> TrustFile.load(file))
                .isInstanceOf(InvalidTrustFileException.class)
                .hasMessageEndingWith("trust.yaml: unknown key \"quickExitLink\"");
    }

    @Test
    void without_service_and_retention_sections_the_defaults_hold() {
        var trust = TrustFile.load(SHIPPED);

        assertThat(trust.service().trustedProxies()).isEmpty();
        assertThat(trust.service().reportsPerClient()).isEqualTo(60);
        assertThat(trust.retention().quizAttemptsPeriod()).isEqualTo(java.time.Period.ofYears(2));
        assertThat(trust.retention().closedCasesPeriod()).isEmpty();
    }

    @Test
    void a_proxy_that_is_not_an_address_and_a_retention_that_is_not_a_period_are_named() throws Exception {
        var file = Files.writeString(folder.resolve("trust.yaml"), Files.readString(SHIPPED)
                + "\nservice:\n  trustedProxies: [127.0.0.1, proxy.example.org]\n  reportsPerClient: 0\n"
                + "retention:\n  quizAttempts: two years\n  closedCases: P6Y\n");

        assertThatThrownBy(() -> TrustFile.load(file))
                .hasMessageContaining("service.trustedProxies[1] must be an IP address")
                .hasMessageContaining("service.reportsPerClient must be at least 1")
                .hasMessageContaining("retention.quizAttempts must be a period such as P2Y");
    }

    @Test
    void without_a_training_section_the_pass_mark_is_80_percent_and_the_refresher_12_months() {
        var training = TrustFile.load(SHIPPED).training();

        assertThat(training.passMark()).isEqualTo(80);
        assertThat(training.refresherPeriod()).isEqualTo(java.time.Period.ofMonths(12));
        assertThat(training.passes(8, 10)).isTrue();
        assertThat(training.passes(7, 9)).isFalse();
        assertThat(training.passes(8, 9)).isTrue();
    }

    @Test
    void a_training_section_sets_the_pass_mark_and_refresher_and_bad_values_are_named() throws Exception {
        var good = Files.writeString(folder.resolve("good.yaml"), Files.readString(SHIPPED) + "training:\n  passMark: 100\n  refresher: P2Y\n");
        var bad = Files.writeString(folder.resolve("bad.yaml"), Files.readString(SHIPPED) + "training:\n  passMark: 0\n  refresher: yearly\n");

        assertThat(TrustFile.load(good).training().passMark()).isEqualTo(100);
        assertThat(TrustFile.load(good).training().refresherPeriod()).isEqualTo(java.time.Period.ofYears(2));
        assertThatThrownBy(() -> TrustFile.load(bad))
                .isInstanceOf(InvalidTrustFileException.class)
                .hasMessageContaining("training.passMark must be a percentage from 1 to 100")
                .hasMessageContaining("training.refresher must be a period such as P12M");
    }
}
