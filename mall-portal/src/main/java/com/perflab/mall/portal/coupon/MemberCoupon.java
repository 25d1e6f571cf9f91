package com.perflab.mall.portal.coupon;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One coupon the member holds (a sms_coupon_history row with its coupon).
 *
 * @param useStatus 0 unused, 1 used, 2 expired
 */
record MemberCoupon(long historyId, long couponId, String couponCode, int useStatus, LocalDateTime createTime,
        LocalDateTime useTime, String orderSn, String name, BigDecimal amount, BigDecimal minPoint, int useType,
        LocalDateTime startTime, LocalDateTime endTime, String note) {
}
