package com.perflab.mall.portal.order;

import java.math.BigDecimal;

/** oms_order_item; the amounts except productPrice are per unit. */
record OrderItem(long id, long orderId, String orderSn, long productId, String productPic, String productName,
                 String productBrand, String productSn, BigDecimal productPrice, int productQuantity,
                 long productSkuId, String productSkuCode, long productCategoryId, String promotionName,
                 BigDecimal promotionAmount, BigDecimal couponAmount, BigDecimal integrationAmount,
                 BigDecimal realAmount, int giftIntegration, int giftGrowth, String productAttr) {

    static final String COLUMNS = "i.id, i.order_id, i.order_sn, i.product_id, i.product_pic, i.product_name,"
            + " i.product_brand, i.product_sn, i.product_price, i.product_quantity, i.product_sku_id,"
            + " i.product_sku_code, i.product_category_id, i.promotion_name, i.promotion_amount, i.coupon_amount,"
            + " i.integration_amount, i.real_amount, i.gift_integration, i.gift_growth, i.product_attr";
}
