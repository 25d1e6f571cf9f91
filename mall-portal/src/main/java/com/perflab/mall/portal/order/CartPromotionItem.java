package com.perflab.mall.portal.order;

import java.math.BigDecimal;

/**
 * A selected cart line priced from the catalog: {@code price} is the SKU's original price,
 * {@code reduceAmount} the promotion per unit and {@code realPrice} what a unit costs after it.
 */
record CartPromotionItem(long id, long productId, long productSkuId, int quantity, String productName,
                         String productPic, String productSubTitle, String productSn, String productBrand,
                         long productCategoryId, String productSkuCode, String productAttr, BigDecimal price,
                         BigDecimal reduceAmount, BigDecimal realPrice, String promotionMessage, int realStock,
                         Integer integration, Integer growth) {
}
