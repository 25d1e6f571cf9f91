package com.perflab.mall.cart.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Circuit breaking of the calls to mall-portal ({@code mall.cart.portal.degrade}): Sentinel degrade rules per
 * internal API ({@code mall-portal:/internal/skus}, {@code mall-portal:/internal/promotions/quote}).
 *
 * @param enabled   false calls mall-portal without any breaker
 * @param source    {@code file} (the packaged rules, or {@code rulesFile}) or {@code nacos}
 * @param rulesFile a JSON file of degrade rules, re-read when it changes
 * @param nacos     where the rules are in Nacos when {@code source=nacos}
 */
@ConfigurationProperties("mall.cart.portal.degrade")
record PortalDegradeProperties(boolean enabled, String source, String rulesFile, Nacos nacos) {

    PortalDegradeProperties {
        source = source == null || source.isBlank() ? "file" : source;
        nacos = nacos == null ? new Nacos(null, null, null, null) : nacos;
    }

    record Nacos(String serverAddr, String namespace, String dataId, String group) {

        Nacos {
            dataId = dataId == null || dataId.isBlank() ? "mall-cart-degrade-rules.json" : dataId;
            group = group == null || group.isBlank() ? "SENTINEL_GROUP" : group;
        }
    }
}
