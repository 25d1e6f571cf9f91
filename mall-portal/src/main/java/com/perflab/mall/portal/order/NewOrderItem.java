package com.perflab.mall.portal.order;

import java.math.BigDecimal;

/**
 * An oms_order_item row to insert; amounts except productPrice are per unit. flashRelationId: the flash-sale
 * offer the unit price came from (null for none).
 */
record NewOrderItem(long productId, String productPic, String productName, String productBrand, String productSn,
                    BigDecimal productPrice, int productQuantity, long productSkuId, String productSkuCode,
                    long productCategoryId, String promotionName, BigDecimal promotionAmount,
                    BigDecimal couponAmount, BigDecimal integrationAmount, BigDecimal realAmount,
                    int giftIntegration, int giftGrowth, String productAttr, Long flashRelationId) {
}
