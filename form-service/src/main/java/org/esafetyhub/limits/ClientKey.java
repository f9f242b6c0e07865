package org.esafetyhub.limits;

import io.javalin.http.Context;

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
            return peer;
        }
        var hops = forwardedFor.stream().flatMap(header -> List.of(header.split(",")).stream())
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i))) {
                var hop = hops.get(i);
                return hop.length() > LONGEST_KEY ? hop.substring(0, LONGEST_KEY) : hop;
            }
        }
        return peer;
    }

    private boolean trusted(String address) {
        return !trustedProxies.isEmpty() && IpAddresses.parse(address).filter(trustedProxies::contains).isPresent();
    }
}
