package com.perflab.mall.portal.promotion;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * A SKU as the catalog sells it now; the contract of {@code GET /internal/skus} that mall-cart reads.
 *
 * @param productAttr   the SKU's sp_data JSON text
 * @param price         effective unit price: the SKU promotion price while a promotion_type 1 window is
 *                      open, else the SKU price
 * @param originalPrice the SKU price
 * @param promotionType the product's promotion rule; it and the gifts feed the quote ({@link PromotionService})
 *                      and stay out of the contract: mall-cart reads them from the quote
 */
public record SkuSnapshot(
        long skuId,
        long productId,
        String productName,
        String productPic,
        String productSubTitle,
        String productSn,
        String productBrand,
        long productCategoryId,
        String skuCode,
        String productAttr,
        BigDecimal price,
        BigDecimal originalPrice,
        int stock,
        int lockStock,
        @JsonIgnore int promotionType,
        @JsonIgnore int giftPoint,
        @JsonIgnore int giftGrowth) {
}
