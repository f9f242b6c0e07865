package org.esafetyhub.trust;

import java.util.List;

/**
 * How the service sits on its server: the reverse proxies in front of it whose
 * {@code X-Forwarded-For} is believed, the abuse allowances per client in 10 minutes, and the
 * database (an SQLite file or a {@code jdbc:postgresql://} URL without credentials; {@code --db}
 * and {@code ESAFETY_DB} come first). Every key may be left out.
 */
public record Service(List<String> trustedProxies, Integer reportsPerClient, Integer followUpsPerClient, String database) {

    public static final Service DEFAULT = new Service(List.of(), null, null, null);

    public Service(List<String> trustedProxies, Integer reportsPerClient, Integer followUpsPerClient) {
        this(trustedProxies, reportsPerClient, followUpsPerClient, null);
    }

    public Service {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        // pupils often share a school's one public address, hence generous
        reportsPerClient = reportsPerClient == null ? 60 : reportsPerClient;
        followUpsPerClient = followUpsPerClient == null ? 30 : followUpsPerClient;
    }
}
