package com.perflab.mall.portal.order;

import java.util.List;

/**
 * A coupon the member holds (sms_coupon_history), with the coupon and, for scoped coupons, the products
 * (use_type 2) or categories (use_type 1) it applies to.
 */
record CouponHistoryDetail(long id, long couponId, long memberId, String couponCode, int useStatus,
                           CouponInfo coupon, List<Long> productIds, List<Long> categoryIds) {
}
