package com.perflab.mall.portal.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** The sms_coupon a member's coupon history row refers to. */
record CouponInfo(long id, String name, BigDecimal amount, BigDecimal minPoint, int useType,
                  LocalDateTime startTime, LocalDateTime endTime, String note) {
}
