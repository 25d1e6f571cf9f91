package com.perflab.mall.admin.flash;

import java.math.BigDecimal;

/** A product on offer in a campaign's slot, with the catalog fields the list shows. */
record FlashProduct(long id, long flashPromotionId, long flashPromotionSessionId, long productId,
                    BigDecimal flashPromotionPrice, int flashPromotionCount, int flashPromotionLimit, int sort,
                    String productName, String productSn, BigDecimal productPrice, Integer productStock) {

    static final String COLUMNS = "r.id, r.flash_promotion_id, r.flash_promotion_session_id, r.product_id,"
            + " r.flash_promotion_price, r.flash_promotion_count, r.flash_promotion_limit, r.sort,"
            + " p.name AS product_name, p.product_sn, p.price AS product_price, p.stock AS product_stock";
    static final String FROM = " FROM sms_flash_promotion_product_relation r LEFT JOIN pms_product p"
            + " ON p.id = r.product_id";
}
