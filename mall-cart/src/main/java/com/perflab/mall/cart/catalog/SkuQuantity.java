package com.perflab.mall.cart.catalog;

/** One line of a promotion quote request. */
public record SkuQuantity(long skuId, int quantity) {
}
