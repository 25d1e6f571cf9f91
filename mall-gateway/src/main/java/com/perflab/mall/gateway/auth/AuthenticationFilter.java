package com.perflab.mall.gateway.auth;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.IdentityHeaders;
import com.perflab.mall.common.auth.IdentityProof;
import com.perflab.mall.common.auth.UserType;
import com.perflab.mall.gateway.web.EnvelopeReplies;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * The gateway's check of every routed request, on the path {@code CanonicalPathFilter} made canonical
 * (what the service receives, with the route prefix): identity headers sent by the client are dropped, blocked
 * paths answer 404, public paths pass, everything else needs a valid token (401 otherwise; 403 for a
 * member token on admin paths) and reaches the service with the gateway's own identity headers, signed
 * ({@link IdentityProof}) so that the service can tell them from hand-made ones.
 */
@Component
class AuthenticationFilter implements GlobalFilter, Ordered {

    /** Signature, expiry and revocation (issue 15 item 4): see ActiveTokens. */
    private final ActiveTokens tokens;
    private final IdentityProof proof;
    private final EnvelopeReplies replies;
    private final List<PathPattern> publicPaths;
    private final List<PathPattern> adminPaths;
    private final List<PathPattern> blockedPaths;

    AuthenticationFilter(ActiveTokens tokens, IdentityProof proof, EnvelopeReplies replies,
                         GatewayAuthProperties properties) {
        this.tokens = tokens;
        this.proof = proof;
        this.replies = replies;
        this.publicPaths = parse(properties.publicPaths(), true);
        // case-insensitive, so /mall-portal/Actuator/env is blocked even for a service that would serve it
        this.adminPaths = parse(properties.adminPaths(), false);
        this.blockedPaths = parse(properties.blockedPaths(), false);
    }

    @Override
    public int getOrder() {
        // before routing and before StripPrefix, so patterns see the /mall-<service> prefix
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        PathContainer path = request.getPath().pathWithinApplication();
        boolean isPublic = matches(publicPaths, path);
        if (!isPublic && matches(blockedPaths, path)) {
            return reject(exchange, ErrorCode.NOT_FOUND, "no such path: " + path.value());
        }
        List<String> spoofed = request.getHeaders().headerNames().stream()
                .filter(IdentityHeaders::isIdentityHeader).toList();
        ServerHttpRequest.Builder forwarded = request.mutate().headers(h -> spoofed.forEach(h::remove));
        if (isPublic) {
            return chain.filter(exchange.mutate().request(forwarded.build()).build());
        }
        AuthenticatedUser user;
        try {
            user = tokens.verify(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        } catch (ApiException e) {
            return reject(exchange, e.errorCode(), e.getMessage());
        }
        if (user.type() != UserType.ADMIN && matches(adminPaths, path)) {
            return reject(exchange, ErrorCode.FORBIDDEN, "admin token required");
        }
        forwarded.headers(h -> proof.headersFor(user).forEach(h::set));
        return chain.filter(exchange.mutate().request(forwarded.build()).build());
    }

    private Mono<Void> reject(ServerWebExchange exchange, ErrorCode code, String message) {
        return replies.write(exchange, code, message);
    }

    private static boolean matches(List<PathPattern> patterns, PathContainer path) {
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    private static List<PathPattern> parse(List<String> patterns, boolean caseSensitive) {
        PathPatternParser parser = new PathPatternParser();
        parser.setCaseSensitive(caseSensitive);
        return patterns.stream().map(parser::parse).toList();
    }
}
