package com.perflab.mall.portal.promotion;

import java.math.BigDecimal;

/**
 * A product's offer in the flash-sale slot running now (sms_flash_promotion_product_relation): its price, the
 * units still on offer and how many one member may buy. The order flow takes units and counts the member's.
 */
public record FlashOffer(long relationId, long productId, BigDecimal price, int remaining, int memberLimit) {
}
