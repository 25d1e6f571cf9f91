package com.perflab.mall.portal.promotion;

import java.math.BigDecimal;

/**
 * A line with its SKU snapshot and its promotion quote, as the order flow needs both; {@code flash} is the
 * flash-sale offer its price comes from (null for none), whose units and per-member limit the order must take.
 */
public record PricedLine(SkuSnapshot sku, int quantity, PromotionQuote quote, FlashOffer flash) {

    /** realPrice x quantity: what the line costs after promotions, before coupons and points. */
    public BigDecimal realTotal() {
        return quote.realPrice().multiply(BigDecimal.valueOf(quantity));
    }
}
