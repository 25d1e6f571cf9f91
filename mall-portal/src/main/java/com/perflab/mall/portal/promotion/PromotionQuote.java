package com.perflab.mall.portal.promotion;

import java.math.BigDecimal;

/**
 * The promotion that applies to one line; the contract of {@code POST /internal/promotions/quote}.
 *
 * @param reduceAmount per unit, off the SKU's original price
 * @param realPrice    per unit after the promotion
 * @param realStock    units available now: stock - lockStock
 * @param integration  points the product gives per unit
 * @param growth       growth the product gives per unit
 */
public record PromotionQuote(
        long skuId,
        String promotionMessage,
        BigDecimal reduceAmount,
        BigDecimal realPrice,
        int realStock,
        Integer integration,
        Integer growth) {
}
