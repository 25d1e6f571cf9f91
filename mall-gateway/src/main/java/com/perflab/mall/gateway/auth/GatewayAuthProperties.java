package com.perflab.mall.gateway.auth;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which routed paths ({@code /mall-<service>/...}, canonical, before the prefix is stripped) need what.
 * Admin and blocked patterns match in any letter case, public ones only as written.
 *
 * @param publicPaths   reachable without a token (home, catalog, search, login, register, docs, health)
 * @param adminPaths    need an admin token; a member token gets 403
 * @param blockedPaths  never reachable from outside (internal endpoints, actuator beyond health): 404
 */
@ConfigurationProperties("mall.gateway.auth")
record GatewayAuthProperties(
        @DefaultValue List<String> publicPaths,
        @DefaultValue List<String> adminPaths,
        @DefaultValue List<String> blockedPaths) {
}
