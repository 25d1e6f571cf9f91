package com.perflab.mall.common.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Token settings, {@code mall.jwt.*}. The secret comes from configuration (MALL_JWT_SECRET, a Secret in
 * the cluster); the local profile's default is for the local lab only.
 *
 * @param secret     HMAC-SHA256 key, at least 32 bytes
 * @param expiration how long a token is valid
 * @param tokenHead  what precedes the token in the Authorization header
 */
@ConfigurationProperties("mall.jwt")
public record JwtProperties(String secret, @DefaultValue("24h") Duration expiration,
                            @DefaultValue("Bearer ") String tokenHead) {
}
