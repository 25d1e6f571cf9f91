package com.perflab.mall.gateway.path;

import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.gateway.web.EnvelopeReplies;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The first step of every request: its path becomes {@link CanonicalPath canonical} (or the request is
 * refused with 400 in the envelope) before routes, Sentinel's API groups, public, blocked and admin paths
 * are matched, and the canonical path is what the service receives. A web filter, not a gateway filter,
 * because routes are chosen before any gateway filter runs.
 */
@Component
class CanonicalPathFilter implements WebFilter, Ordered {

    private final EnvelopeReplies replies;

    CanonicalPathFilter(EnvelopeReplies replies) {
        this.replies = replies;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String raw = request.getURI().getRawPath();
        String canonical;
        try {
            canonical = CanonicalPath.of(raw);
        } catch (CanonicalPath.Refused refused) {
            return replies.write(exchange, ErrorCode.VALIDATE_FAILED, refused.getMessage());
        }
        if (canonical.equals(raw)) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(request.mutate().path(canonical).build()).build());
    }
}
