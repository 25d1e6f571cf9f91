package com.perflab.mall.gateway.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway follows table {@code auth_token_revocation}, {@code mall.gateway.revocation.*}.
 *
 * @param refreshInterval    how often the recently changed rows are re-read: the delay before a logout,
 *                           password change or disabled account takes effect at the gateway
 * @param lookback           rows changed within this (by the database's clock) are re-read each time; it
 *                           covers a writer's commit coming later than its statement time
 * @param fullReloadInterval how often every row younger than the token lifetime is read again (it also
 *                           drops the expired ones); a refresh after a gap longer than the lookback is full
 * @param poolSize           connections of the gateway's own small pool (one is enough; two for a stuck one)
 */
@ConfigurationProperties("mall.gateway.revocation")
record RevocationProperties(@DefaultValue("2s") Duration refreshInterval,
                            @DefaultValue("30s") Duration lookback,
                            @DefaultValue("10m") Duration fullReloadInterval,
                            @DefaultValue("2") int poolSize) {
}
