package com.perflab.mall.portal.cache;

/**
 * Names of the Redis caches of mall-portal; each is declared with its own TTL in {@link PortalCacheConfiguration}.
 * Only this service knows them: back-office changes reach it as events, on which {@link CacheEvictionConsumer}
 * evicts the stale entries.
 */
public final class PortalCaches {

    /** The whole home page ({@code /home/content}), one entry under {@link #HOME_CONTENT_KEY}. */
    public static final String HOME_CONTENT = "homeContent";
    public static final String HOME_CONTENT_KEY = "app";

    /** One entry per product ({@code /product/detail/{id}}), keyed by the product id. */
    public static final String PRODUCT_DETAIL = "productDetail";

    private PortalCaches() {
    }
}
