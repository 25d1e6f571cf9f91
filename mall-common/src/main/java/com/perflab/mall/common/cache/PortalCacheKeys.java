package com.perflab.mall.common.cache;

/**
 * The Redis keys of mall-portal's caches, shared so that the back office can evict what it changes.
 * Spring's RedisCacheManager writes an entry of cache {@code name} under key {@code k} as
 * {@code <prefix><name>::<k>}; the prefix is mall-portal's {@code spring.cache.redis.key-prefix}.
 */
public final class PortalCacheKeys {

    /** The key prefix mall-portal is configured with ({@code spring.cache.redis.key-prefix}). */
    public static final String DEFAULT_PREFIX = "mall-portal:";

    /** The whole home page ({@code /home/content}), one entry. */
    public static final String HOME_CONTENT = "homeContent";

    /** One entry per product ({@code /product/detail/{id}}). */
    public static final String PRODUCT_DETAIL = "productDetail";

    /** The single key under which the home page is cached. */
    public static final String HOME_CONTENT_KEY = "app";

    private PortalCacheKeys() {
    }

    public static String homeContent(String prefix) {
        return prefix + HOME_CONTENT + "::" + HOME_CONTENT_KEY;
    }

    public static String productDetail(String prefix, long productId) {
        return prefix + PRODUCT_DETAIL + "::" + productId;
    }
}
