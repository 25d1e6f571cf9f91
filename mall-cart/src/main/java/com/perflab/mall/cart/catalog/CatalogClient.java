package com.perflab.mall.cart.catalog;

import com.alibaba.csp.sentinel.Entry;
import com.alibaba.csp.sentinel.EntryType;
import com.alibaba.csp.sentinel.SphU;
import com.alibaba.csp.sentinel.Tracer;
import com.alibaba.csp.sentinel.slots.block.BlockException;
import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.ErrorCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Current SKU data and promotion quotes from mall-portal's internal API: the cart never trusts a price
 * it stored or one a client sent. Any failure to get an answer (portal down, slow, erroring, no
 * instance registered) becomes a 503 in the envelope, so callers never see a stack trace.
 * Each call runs through a Sentinel circuit breaker ({@code mall-portal:<path>}): while it is open the
 * portal is not called at all; SKU lookups then fail fast (503), promotion quotes fall back to none, so the
 * cart still lists its lines at catalog prices.
 */
@Component
public class CatalogClient {

    private static final Logger log = LoggerFactory.getLogger(CatalogClient.class);
    private static final String UNAVAILABLE = "商品服务暂不可用，请稍后再试";
    private static final ParameterizedTypeReference<ApiResponse<List<SkuSnapshot>>> SKUS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<ApiResponse<List<PromotionQuote>>> QUOTES = new ParameterizedTypeReference<>() {
    };

    static final String SKUS_RESOURCE = "mall-portal:/internal/skus";
    static final String QUOTE_RESOURCE = "mall-portal:/internal/promotions/quote";

    private final RestClient portal;
    private final MeterRegistry meters;

    CatalogClient(@LoadBalanced RestClient.Builder portalRestClientBuilder, MeterRegistry meters) {
        this.portal = portalRestClientBuilder.build();
        this.meters = meters;
    }

    /** The published SKUs among {@code skuIds}, by id; unknown or unpublished ids are absent. */
    public Map<Long, SkuSnapshot> skus(Collection<Long> skuIds) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        String ids = skuIds.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        List<SkuSnapshot> skus = guarded(SKUS_RESOURCE, null, () -> portal.get()
                .uri(uri -> uri.path("/internal/skus").queryParam("ids", ids).build())
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(SKUS));
        return byId(skus, SkuSnapshot::skuId);
    }

    /** Promotion quotes for a member's cart lines (member prices are the member's level's), by SKU id. */
    public Map<Long, PromotionQuote> quote(long memberId, List<SkuQuantity> lines) {
        if (lines.isEmpty()) {
            return Map.of();
        }
        List<PromotionQuote> quotes = guarded(QUOTE_RESOURCE, List::of, () -> portal.post()
                .uri(uri -> uri.path("/internal/promotions/quote").queryParam("memberId", memberId).build())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(lines)
                .retrieve()
                .body(QUOTES));
        return byId(quotes, PromotionQuote::skuId);
    }

    /**
     * One call through the breaker of {@code resource}: failures count against it (Tracer), an open breaker
     * answers {@code fallback} (or 503 without one) without calling the portal.
     */
    private <T> List<T> guarded(String resource, Supplier<List<T>> fallback, Supplier<ApiResponse<List<T>>> request) {
        Entry entry;
        try {
            entry = SphU.entry(resource, EntryType.OUT);
        } catch (BlockException open) {
            Counter.builder("mall.cart.portal.degraded").description("calls to mall-portal not made: breaker open")
                    .tag("resource", resource).register(meters).increment();
            if (fallback != null) {
                return fallback.get();
            }
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE);
        }
        try {
            return call(resource, request);
        } catch (ApiException failed) {
            Tracer.traceEntry(failed, entry);
            throw failed;
        } finally {
            entry.exit();
        }
    }

    private static <T> List<T> call(String what, Supplier<ApiResponse<List<T>>> request) {
        ApiResponse<List<T>> reply;
        try {
            reply = request.get();
        } catch (RestClientException | IllegalStateException e) {
            // IllegalStateException: the load balancer found no instance of mall-portal
            log.warn("mall-portal {} failed: {}", what, e.toString());
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE);
        }
        if (reply == null || reply.code() != ErrorCode.SUCCESS.code()) {
            log.warn("mall-portal {} answered {}", what, reply == null ? "nothing" : reply.code() + " " + reply.message());
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE);
        }
        return reply.data() == null ? List.of() : reply.data();
    }

    private static <T> Map<Long, T> byId(List<T> values, Function<T, Long> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.putIfAbsent(id.apply(v), v));
        return map;
    }
}
