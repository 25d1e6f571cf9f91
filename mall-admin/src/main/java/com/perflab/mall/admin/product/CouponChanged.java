package com.perflab.mall.admin.product;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The coupons to claim on some of the shop's product pages changed in the current transaction: a coupon was
 * created, edited or deleted. {@link ProductEventPublisher} writes it into the product event outbox, so it goes out
 * as {@code coupon.changed} messages exactly when the change committed; mall-portal evicts the product pages it
 * cached with the coupons on them.
 *
 * @param productIds   the products whose pages list (or listed) the coupon, when it is one of chosen products
 * @param everyProduct the coupon applies (or applied) to every product or to categories: any page may list it
 */
public record CouponChanged(Set<Long> productIds, boolean everyProduct) {

    /** A coupon of every product or of categories: the portal drops all its product pages. */
    public static final CouponChanged EVERY_PRODUCT = new CouponChanged(Set.of(), true);

    public CouponChanged {
        productIds = everyProduct ? Set.of() : Set.copyOf(productIds);
    }

    /** A coupon of the chosen products. */
    public static CouponChanged of(Collection<Long> productIds) {
        return new CouponChanged(new TreeSet<>(productIds), false);
    }

    /** The pages of both (a coupon edited: the products it was for and those it is for now). */
    public CouponChanged and(CouponChanged other) {
        if (everyProduct || other.everyProduct) {
            return EVERY_PRODUCT;
        }
        Set<Long> both = new TreeSet<>(productIds);
        both.addAll(other.productIds);
        return new CouponChanged(both, false);
    }
}
