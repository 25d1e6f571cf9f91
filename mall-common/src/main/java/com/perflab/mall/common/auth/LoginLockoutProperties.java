package com.perflab.mall.common.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The wrong-password lockout of member and admin logins, {@code mall.login.lockout.*}.
 *
 * @param enabled         false turns the lockout off (e.g. to measure login without Redis calls)
 * @param maxFailures     wrong passwords within {@code window} after which the account is locked
 * @param window          how long failures are remembered, counted from the first
 * @param lockDuration    how long the account stays locked after the last allowed failure
 * @param keyPrefix       Redis key prefix; it names the database, so a test database never locks lab accounts
 * @param redisRetryAfter after Redis failed, how long logins skip the lockout (fail open) before trying again
 */
@ConfigurationProperties("mall.login.lockout")
public record LoginLockoutProperties(@DefaultValue("true") boolean enabled,
                                     @DefaultValue("5") int maxFailures,
                                     @DefaultValue("15m") Duration window,
                                     @DefaultValue("15m") Duration lockDuration,
                                     @DefaultValue("mall:login-lockout:") String keyPrefix,
                                     @DefaultValue("5s") Duration redisRetryAfter) {
}
