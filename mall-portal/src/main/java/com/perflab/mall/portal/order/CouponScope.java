package com.perflab.mall.portal.order;

/** One row of a coupon's scope: a product (use_type 2) or a category (use_type 1) id. */
record CouponScope(long couponId, long targetId) {
}
