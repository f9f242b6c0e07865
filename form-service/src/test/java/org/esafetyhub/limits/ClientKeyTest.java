package org.esafetyhub.limits;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeyTest {

    private final ClientKey behindNginx = new ClientKey(List.of("127.0.0.1", "::1", "10.0.0.2"));

    @Test
    void an_untrusted_peer_is_its_own_key_whatever_it_forwards() {
        assertThat(behindNginx.of("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
        assertThat(new ClientKey(List.of()).of("127.0.0.1", List.of("203.0.113.1"))).isEqualTo("127.0.0.1");
    }

    @Test
    void behind_trusted_proxies_the_key_is_the_last_address_that_is_not_one_of_them() {
        assertThat(behindNginx.of("127.0.0.1", List.of("203.0.113.1"))).isEqualTo("203.0.113.1");
        assertThat(behindNginx.of("127.0.0.1", List.of("6.6.6.6, 203.0.113.1, 10.0.0.2"))).isEqualTo("203.0.113.1");
        assertThat(behindNginx.of("0:0:0:0:0:0:0:1", List.of("6.6.6.6", "203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void a_trusted_peer_without_a_forwarded_address_is_its_own_key() {
        assertThat(behindNginx.of("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
        assertThat(behindNginx.of("127.0.0.1", List.of(" , 10.0.0.2"))).isEqualTo("127.0.0.1");
    }

    @Test
    void addresses_are_read_without_dns() {
        assertThat(IpAddresses.parse("localhost")).isEmpty();
        assertThat(IpAddresses.parse("example.org")).isEmpty();
        assertThat(IpAddresses.parse("[::1]")).isPresent();
        assertThat(IpAddresses.parse("192.0.2.1")).isPresent();
    }

    @Test
    void an_ipv6_client_is_keyed_on_its_slash_64_as_one_home_may_use_any_address_in_it() {
        var direct = new ClientKey(List.of());

        assertThat(direct.of("2001:db8:1:2:aaaa:bbbb:cccc:dddd", List.of())).isEqualTo("2001:db8:1:2::/64");
        assertThat(direct.of("2001:db8:1:2::9", List.of())).isEqualTo("2001:db8:1:2::/64");
        assertThat(direct.of("2001:db8:1:3::9", List.of())).isEqualTo("2001:db8:1:3::/64");
        assertThat(behindNginx.of("127.0.0.1", List.of("2001:db8:0:7:1:2:3:4"))).isEqualTo("2001:db8:0:7::/64");
        assertThat(behindNginx.of("127.0.0.1", List.of("[2001:db8:0:7::1]"))).isEqualTo("2001:db8:0:7::/64");
        assertThat(direct.of("198.51.100.7", List.of())).isEqualTo("198.51.100.7");
    }
}
