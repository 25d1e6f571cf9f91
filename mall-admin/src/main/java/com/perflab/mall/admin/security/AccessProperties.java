package com.perflab.mall.admin.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Authorisation settings, {@code mall.admin.access.*}.
 *
 * @param superRole      holders of the enabled role with this name may call every endpoint
 * @param cacheTtl       how long an admin's resolved permissions are cached in Redis
 * @param cacheKeyPrefix Redis key prefix of the cache, one per database
 * @param cacheRetryAfter after a Redis failure permissions are read from MySQL only, this long
 */
@Validated
@ConfigurationProperties("mall.admin.access")
public record AccessProperties(@DefaultValue("超级管理员") @NotBlank String superRole,
                               @DefaultValue("10m") @NotNull Duration cacheTtl,
                               @DefaultValue("mall:admin:access:") @NotBlank String cacheKeyPrefix,
                               @DefaultValue("5s") @NotNull Duration cacheRetryAfter) {
}
