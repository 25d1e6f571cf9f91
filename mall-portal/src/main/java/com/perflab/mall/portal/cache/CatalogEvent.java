package com.perflab.mall.portal.cache;

import java.time.Instant;
import java.util.Set;

/**
 * A back-office change, published by mall-admin (through its outbox, once the change committed) on the topic
 * exchange {@code mall.product.event}:
 * <pre>
 *  product.&lt;type&gt;  {"productId": 42, "type": "updated", "at": "2025-06-01T08:00:00Z"}
 *                  type: created, updated, deleted or publish
 *  home.changed    {"type": "home", "at": "2025-06-01T08:00:00Z"}   advertises, home picks or flash sales
 *  coupon.changed  {"productId": 42, "type": "coupon", "at": ...}   a coupon of that product created, edited
 *                  or deleted (one message per product of the coupon, before and after the change)
 *  coupon.changed  {"type": "coupon", "at": ...}                    the same for a coupon of every product or
 *                  of categories: any product page may list it
 * </pre>
 * It carries no data: the portal only drops what it cached, the next request reads the database.
 */
record CatalogEvent(Long productId, String type, Instant at) {

    static final String PRODUCT_ROUTING = "product.*";
    static final String HOME_ROUTING = "home.*";
    static final String COUPON_ROUTING = "coupon.*";
    static final String HOME = "home";
    static final String COUPON = "coupon";
    private static final Set<String> PRODUCT_TYPES = Set.of("created", "updated", "deleted", "publish");

    boolean valid() {
        if (HOME.equals(type)) {
            return productId == null;
        }
        if (COUPON.equals(type)) {
            return productId == null || productId > 0;
        }
        return PRODUCT_TYPES.contains(type) && productId != null && productId > 0;
    }

    boolean coupon() {
        return COUPON.equals(type);
    }
}
