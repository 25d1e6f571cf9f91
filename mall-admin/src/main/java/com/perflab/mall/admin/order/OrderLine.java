package com.perflab.mall.admin.order;

import java.math.BigDecimal;

/**
 * One line of an order (oms_order_item) as the back office shows it; amounts are per unit. mall-portal's
 * {@code OrderItem} reads the same row for the shopper: services share no Java classes (architecture.md).
 */
record OrderLine(long id, long orderId, String orderSn, long productId, String productPic, String productName,
                 String productBrand, String productSn, BigDecimal productPrice, int productQuantity,
                 Long productSkuId, String productSkuCode, Long productCategoryId, String promotionName,
                 BigDecimal promotionAmount, BigDecimal couponAmount, BigDecimal integrationAmount,
                 BigDecimal realAmount, int giftIntegration, int giftGrowth, String productAttr) {

    static final String COLUMNS = "i.id, i.order_id, i.order_sn, i.product_id, i.product_pic, i.product_name,"
            + " i.product_brand, i.product_sn, i.product_price, i.product_quantity, i.product_sku_id,"
            + " i.product_sku_code, i.product_category_id, i.promotion_name, i.promotion_amount, i.coupon_amount,"
            + " i.integration_amount, i.real_amount, i.gift_integration, i.gift_growth, i.product_attr";
}
