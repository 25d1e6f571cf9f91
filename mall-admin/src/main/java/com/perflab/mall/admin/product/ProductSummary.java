package com.perflab.mall.admin.product;

import java.math.BigDecimal;

/** A row of the product list. */
record ProductSummary(long id, Long brandId, Long productCategoryId, String name, String pic, String productSn,
                      int publishStatus, int newStatus, int recommandStatus, int verifyStatus, int sort, int sale,
                      BigDecimal price, BigDecimal promotionPrice, int stock, Integer lowStock, String unit,
                      String brandName, String productCategoryName) {

    static final String COLUMNS = "id, brand_id, product_category_id, name, pic, product_sn, publish_status,"
            + " new_status, recommand_status, verify_status, sort, sale, price, promotion_price, stock, low_stock, unit,"
            + " brand_name, product_category_name";
}
