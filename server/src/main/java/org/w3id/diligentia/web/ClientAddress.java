package org.w3id.diligentia.web;

import java.util.List;
import java.util.Set;

/**
 * Tells clients apart: a request's client is its remote address, unless that address is a trusted
 * proxy, in which case it is the last address of {@code X-Forwarded-For} that is not itself a
 * trusted proxy (proxies append the address they received from, so the entries to the right are
 * the ones the trusted proxies wrote). Without trusted proxies the header is never read: any client
 * could otherwise send a new address with each request.
 */
public final class ClientAddress {
    private final Set<String> trustedProxies;

    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /** The client of a request from {@code remoteAddress} with the {@code X-Forwarded-For} value {@code forwardedFor} (or null). */
    public String of(String remoteAddress, String forwardedFor) {
        if (forwardedFor == null || !trustedProxies.contains(remoteAddress))
            return remoteAddress;
        String[] hops = forwardedFor.split(",");
        String client = remoteAddress;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (hop.isEmpty())
                continue;
            client = hop;
            if (!trustedProxies.contains(hop))
                break;
        }
        return client;
    }
}
