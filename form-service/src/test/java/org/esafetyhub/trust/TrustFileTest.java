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
}
