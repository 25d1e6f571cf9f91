package com.perflab.mall.common.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway proves to the services who the caller is, {@code mall.identity.*}.
 *
 * @param secret HMAC-SHA256 key shared by the gateway and every service (MALL_IDENTITY_SECRET), 32+ bytes,
 *               never a committed default
 * @param maxAge how old a signed identity may be when a service reads it: covers clock skew between
 *               hosts and the time a request spends queued, and bounds the replay of a captured one
 */
@ConfigurationProperties("mall.identity")
public record IdentityProperties(String secret, @DefaultValue("60s") Duration maxAge) {
}
