package com.perflab.mall.cart.cart;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A cart line as stored. {@code price} and the product fields are a snapshot of the catalog taken when
 * the line was added or changed, for display only: orders reprice from the catalog.
 */
record CartItem(long id, long productId, long productSkuId, long memberId, int quantity, BigDecimal price,
                String productPic, String productName, String productSubTitle, String productSkuCode,
                String memberNickname, LocalDateTime createDate, LocalDateTime modifyDate, int deleteStatus,
                Long productCategoryId, String productBrand, String productSn, String productAttr) {

    static final String COLUMNS = "id, product_id, product_sku_id, member_id, quantity, price, product_pic,"
            + " product_name, product_sub_title, product_sku_code, member_nickname, create_date, modify_date,"
            + " delete_status, product_category_id, product_brand, product_sn, product_attr";
}
