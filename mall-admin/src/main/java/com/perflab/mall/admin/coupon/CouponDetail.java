package com.perflab.mall.admin.coupon;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** {@code GET /coupon/{id}}: the coupon's fields with the products or categories it applies to. */
record CouponDetail(@JsonUnwrapped Coupon coupon,
                    List<ProductRelation> productRelationList,
                    List<CategoryRelation> productCategoryRelationList) {

    record ProductRelation(long id, long couponId, long productId, String productName, String productSn) {
    }

    record CategoryRelation(long id, long couponId, long productCategoryId, String productCategoryName,
                            String parentCategoryName) {
    }
}
