package org.esafetyhub.limits;

import io.javalin.http.Context;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a request is from, for the rate limits only: the key is held in memory and never logged or stored.
 * It is the direct peer's address, unless the peer is one of the trusted proxies: then it is the last
 * address in X-Forwarded-For that is not a trusted proxy (the one the proxy itself saw), so that
 * clients behind a school's nginx get their own allowances and a client elsewhere cannot forge one.
 * An IPv6 client is keyed on its /64: one home or phone gets a whole /64 and may pick any address in it
 * (issue 19, finding 7), so a full address would give it 2^64 allowances.
 */
public final class ClientKey {

    private static final int LONGEST_KEY = 64;

    private final Set<InetAddress> trustedProxies;

    public ClientKey(List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(IpAddresses::parse)
                .flatMap(Optional::stream).collect(Collectors.toUnmodifiableSet());
    }

    public String of(Context ctx) {
        var headers = ctx.req().getHeaders("X-Forwarded-For");
        return of(ctx.req().getRemoteAddr(), headers == null ? List.of() : Collections.list(headers));
    }

    /** @param forwardedFor every X-Forwarded-For header of the request, in order */
    String of(String peer, List<String> forwardedFor) {
        if (!trusted(peer)) {
            return client(peer);
        }
        var hops = forwardedFor.stream().flatMap(header -> List.of(header.split(",")).stream())
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i))) {
                var hop = hops.get(i);
                return client(hop.length() > LONGEST_KEY ? hop.substring(0, LONGEST_KEY) : hop);
            }
        }
        return client(peer);
    }

    /** An IPv4 address as it is, an IPv6 address as its /64, anything else (not an address) as it is. */
    static String client(String address) {
        var parsed = IpAddresses.parse(address);
        if (parsed.isEmpty() || !(parsed.get() instanceof Inet6Address)) {
            return address;
        }
        var bytes = parsed.get().getAddress();
        var prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
        }
        return prefix + ":/64";
    }

    private boolean trusted(String address) {
        return !trustedProxies.isEmpty() && IpAddresses.parse(address).filter(trustedProxies::contains).isPresent();
    }
}
