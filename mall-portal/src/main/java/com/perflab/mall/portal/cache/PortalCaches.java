package com.perflab.mall.portal.cache;

import com.perflab.mall.common.cache.PortalCacheKeys;

/**
 * Names of the Redis caches of mall-portal; each is declared with its own TTL in {@link PortalCacheConfiguration}.
 * The names live in mall-common's {@link PortalCacheKeys}, which mall-admin uses to evict what it changes.
 */
public final class PortalCaches {

    public static final String HOME_CONTENT = PortalCacheKeys.HOME_CONTENT;
    public static final String PRODUCT_DETAIL = PortalCacheKeys.PRODUCT_DETAIL;

    private PortalCaches() {
    }
}
