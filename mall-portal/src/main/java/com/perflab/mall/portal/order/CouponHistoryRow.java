package com.perflab.mall.portal.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A row of the usable-coupons query: history joined with its coupon. */
record CouponHistoryRow(long id, long couponId, long memberId, String couponCode, int useStatus, String name,
                        BigDecimal amount, BigDecimal minPoint, int useType, LocalDateTime startTime,
                        LocalDateTime endTime, String note) {

    CouponInfo coupon() {
        return new CouponInfo(couponId, name, amount, minPoint, useType, startTime, endTime, note);
    }
}
