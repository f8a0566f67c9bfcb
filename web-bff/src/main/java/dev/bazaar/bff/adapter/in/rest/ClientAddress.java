package dev.bazaar.bff.adapter.in.rest;

import java.util.List;
import java.util.stream.Stream;

/**
 * The address a request came from, for the per-address login limit. Behind proxies the peer is the
 * nearest proxy, and the client's address is in {@code X-Forwarded-For}: each proxy appends the
 * address it received the request from, so the entry {@code trustedProxies} places from the right
 * was written by the outermost proxy we trust. Entries further left were sent by the client and can
 * be anything, so they never count. {@code bazaar.bff.trusted-proxies}: 0 (the default) uses the
 * peer and ignores the header; 1 behind one ingress (Istio's gateway), and so on.
 */
final class ClientAddress {

    private final int trustedProxies;

    ClientAddress(int trustedProxies) {
        if (trustedProxies < 0) {
            throw new IllegalArgumentException("bazaar.bff.trusted-proxies must be 0 or more, got " + trustedProxies);
        }
        this.trustedProxies = trustedProxies;
    }

    /**
     * @param peer          the address of the connection's other end, or null
     * @param forwardedFor  the X-Forwarded-For header, or null
     * @return the client's address, or null when it cannot be told
     */
    String of(String peer, String forwardedFor) {
        if (trustedProxies == 0) {
            return peer;
        }
        List<String> hops = forwardedFor == null ? List.of()
                : Stream.of(forwardedFor.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        // Fewer entries than trusted proxies: the request did not come through all of them.
        return hops.size() >= trustedProxies ? hops.get(hops.size() - trustedProxies) : peer;
    }
}
