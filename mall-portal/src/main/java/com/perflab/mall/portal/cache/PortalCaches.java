package com.perflab.mall.portal.cache;

/** Names of the Redis caches of mall-portal; each is declared with its own TTL in {@link PortalCacheConfiguration}. */
public final class PortalCaches {

    public static final String HOME_CONTENT = "homeContent";
    public static final String PRODUCT_DETAIL = "productDetail";

    private PortalCaches() {
    }
}
