package com.perflab.mall.portal.cache;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long cached portal replies live in Redis ({@code mall.portal.cache.*}); a tuning knob of the lab:
 * longer TTLs mean fewer database reads and staler prices and stock on screen. After a Redis failure the
 * caches are skipped for {@code retryAfter} (pages read MySQL), then one request tries Redis again.
 *
 * @param enabled false turns the caches off (an exercise of the course): home content and product detail are
 *                read from MySQL on every request, Redis is neither read nor written for them
 * @param events where the back office's change events come from ({@link CacheEvictionConsumer})
 */
@Validated
@ConfigurationProperties("mall.portal.cache")
record PortalCacheProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @DefaultValue("60s") Duration homeTtl,
        @NotNull @DefaultValue("5m") Duration productDetailTtl,
        @NotNull @DefaultValue("5s") Duration retryAfter,
        @Valid @NotNull @DefaultValue Events events) {

    /**
     * {@code mall.portal.cache.events.*}.
     *
     * @param exchange    the topic exchange mall-admin publishes product and home content events on
     * @param queuePrefix names of this service's queues ({@code {prefix}.cache-evict} and its {@code .parking});
     *                    tests use their own so they never consume the lab's events, nor the other way round
     */
    record Events(@NotBlank @DefaultValue("mall.product.event") String exchange,
                  @NotBlank @DefaultValue("mall.portal") String queuePrefix) {

        String queue() {
            return queuePrefix + ".cache-evict";
        }

        String parkingQueue() {
            return queue() + ".parking";
        }
    }
}
