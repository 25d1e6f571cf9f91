package com.perflab.mall.portal.home;

import java.math.BigDecimal;

/**
 * A product of the flash sale slot on now, with its flash price and how many are on offer. Not a
 * {@code ProductSummary} plus three fields: the course's flash reply has its own, smaller set of fields.
 */
record FlashPromotionProduct(
        Long id,
        String name,
        String subTitle,
        String pic,
        String productSn,
        BigDecimal price,
        BigDecimal originalPrice,
        Integer sale,
        Long brandId,
        String brandName,
        Long productCategoryId,
        BigDecimal flashPromotionPrice,
        Integer flashPromotionCount,
        Integer flashPromotionLimit) {
}
