package com.perflab.mall.gateway.web;

import java.net.InetSocketAddress;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the services the client's address in {@code X-Real-IP}, which they read first (mall-common
 * {@code ClientAddress}: login logs, the per-address auth-code limit). Spring Cloud Gateway drops
 * X-Forwarded-* on the way to the services, and a client's own header is never believed: the address is
 * the connection's peer, unless that peer is a trusted proxy ({@code mall.gateway.client-address.trusted-proxies},
 * a regular expression; the ingress in the cluster), in which case it is the right-most X-Forwarded-For
 * entry that is not itself trusted.
 */
@Component
class ClientAddressFilter implements GlobalFilter, Ordered {

    static final String X_FORWARDED_FOR = "X-Forwarded-For";
    static final String X_REAL_IP = "X-Real-IP";

    private final Pattern trustedProxies;

    ClientAddressFilter(@Value("${mall.gateway.client-address.trusted-proxies:}") String trustedProxies) {
        this.trustedProxies = trustedProxies.isBlank() ? null : Pattern.compile(trustedProxies);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 50;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String client = clientOf(peer(request.getRemoteAddress()), request.getHeaders().getValuesAsList(X_FORWARDED_FOR));
        ServerHttpRequest forwarded = request.mutate().headers(h -> {
            if (client == null) {
                h.remove(X_REAL_IP);
            } else {
                h.set(X_REAL_IP, client);
            }
        }).build();
        return chain.filter(exchange.mutate().request(forwarded).build());
    }

    /** The client as far as this gateway can vouch for it (null when the peer is unknown). */
    String clientOf(String peer, java.util.List<String> forwardedFor) {
        if (peer == null || !trusted(peer)) {
            return peer;
        }
        String client = peer;
        for (int h = forwardedFor.size() - 1; h >= 0; h--) {
            String[] hops = forwardedFor.get(h).split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].trim();
                if (hop.isEmpty()) {
                    continue;
                }
                client = hop;
                if (!trusted(hop)) {
                    return client;
                }
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        return trustedProxies != null && trustedProxies.matcher(address).matches();
    }

    private static String peer(InetSocketAddress remote) {
        if (remote == null) {
            return null;
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
