package com.perflab.mall.common.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Authorisation of admins, {@code mall.admin.access.*}; a service that sets {@code service} gets
 * {@link AdminAccess}.
 *
 * @param service        the service's routed name ({@code mall-admin}, {@code mall-search}): which resources
 *                       apply to it (see {@link AccessGrant})
 * @param superRole      holders of the enabled role with this name may call every endpoint
 * @param cacheTtl       how long an admin's resolved permissions are cached in Redis (where there is Redis)
 * @param cacheKeyPrefix Redis key prefix of the cache, one per database
 * @param cacheRetryAfter after a Redis failure permissions are read from MySQL only, this long
 */
@Validated
@ConfigurationProperties("mall.admin.access")
public record AccessProperties(@NotBlank String service,
                               @DefaultValue("超级管理员") @NotBlank String superRole,
                               @DefaultValue("10m") @NotNull Duration cacheTtl,
                               @DefaultValue("mall:admin:access:") @NotBlank String cacheKeyPrefix,
                               @DefaultValue("5s") @NotNull Duration cacheRetryAfter) {
}
