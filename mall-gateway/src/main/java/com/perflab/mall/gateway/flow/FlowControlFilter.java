package com.perflab.mall.gateway.flow;

import com.alibaba.csp.sentinel.AsyncEntry;
import com.alibaba.csp.sentinel.EntryType;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.gateway.web.EnvelopeReplies;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Every routed request enters Sentinel under its route id (e.g. {@code mall-portal}) and under each API
 * group its path belongs to (e.g. {@code generateOrder}); a flow rule on any of them that is exceeded
 * answers 429 in the envelope, before authentication spends CPU on the token. Entries are exited when the
 * exchange completes, so thread-count rules see requests in flight at the services.
 *
 * <p>Sentinel's own API ({@code SphU.asyncEntry}) in a small filter rather than sentinel-spring-cloud-gateway-adapter
 * (not on the classpath): entering one resource per route and per API group is all its filter would do here, and
 * the envelope reply and the refusal metric would still need a block handler of ours.
 */
class FlowControlFilter implements GlobalFilter, Ordered {

    private final List<Api> apis = new ArrayList<>();
    private final EnvelopeReplies replies;
    private final MeterRegistry meters;

    FlowControlFilter(Map<String, List<String>> apiPaths, EnvelopeReplies replies, MeterRegistry meters) {
        apiPaths.forEach((name, patterns) -> apis.add(new Api(name,
                patterns.stream().map(PathPatternParser.defaultInstance::parse).toList())));
        this.replies = replies;
        this.meters = meters;
    }

    private record Api(String name, List<PathPattern> patterns) {

        boolean matches(PathContainer path) {
            return patterns.stream().anyMatch(p -> p.matches(path));
        }
    }

    @Override
    public int getOrder() {
        // before the authentication filter (HIGHEST_PRECEDENCE + 100): shed load before verifying tokens
        return Ordered.HIGHEST_PRECEDENCE + 50;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return chain.filter(exchange);
        }
        List<String> resources = new ArrayList<>();
        resources.add(route.getId());
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        apis.stream().filter(api -> api.matches(path)).forEach(api -> resources.add(api.name()));

        List<AsyncEntry> entries = new ArrayList<>(resources.size());
        for (String resource : resources) {
            try {
                entries.add(SphU.asyncEntry(resource, EntryType.IN));
            } catch (BlockException blocked) {
                exitAll(entries);
                Counter.builder("mall.gateway.flow.blocked").description("requests refused by a Sentinel flow rule")
                        .tag("resource", resource).register(meters).increment();
                exchange.getResponse().getHeaders().set("Retry-After", "1");
                return replies.write(exchange, ErrorCode.TOO_MANY_REQUESTS, ErrorCode.TOO_MANY_REQUESTS.message());
            }
        }
        return chain.filter(exchange).doFinally(signal -> exitAll(entries));
    }

    /** Entries are exited in reverse order of entering, as Sentinel expects. */
    private static void exitAll(List<AsyncEntry> entries) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            entries.get(i).exit();
        }
        entries.clear();
    }
}
