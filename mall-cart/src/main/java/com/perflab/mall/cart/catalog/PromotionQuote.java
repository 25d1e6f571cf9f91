package com.perflab.mall.cart.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * mall-portal's quote for one SKU of a cart ({@code POST /internal/promotions/quote}).
 *
 * @param reduceAmount the promotion's reduction per unit
 * @param realPrice    the price per unit after the promotion
 * @param realStock    units that can still be ordered
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PromotionQuote(long skuId, String promotionMessage, BigDecimal reduceAmount, BigDecimal realPrice,
                             Integer realStock, Integer integration, Integer growth) {
}
