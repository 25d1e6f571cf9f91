package com.perflab.mall.portal.cache;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long cached portal replies live in Redis ({@code mall.portal.cache.*}); a tuning knob of the lab:
 * longer TTLs mean fewer database reads and staler prices and stock on screen. After a Redis failure the
 * caches are skipped for {@code retryAfter} (pages read MySQL), then one request tries Redis again.
 */
@Validated
@ConfigurationProperties("mall.portal.cache")
record PortalCacheProperties(
        @NotNull @DefaultValue("60s") Duration homeTtl,
        @NotNull @DefaultValue("5m") Duration productDetailTtl,
        @NotNull @DefaultValue("5s") Duration retryAfter) {
}
