package com.perflab.mall.portal.product;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A coupon that applies to the product (sms_coupon); useType 0 all, 1 categories, 2 products. */
record Coupon(
        Long id,
        Integer type,
        String name,
        Integer platform,
        Integer count,
        BigDecimal amount,
        Integer perLimit,
        BigDecimal minPoint,
        LocalDateTime startTime,
        LocalDateTime endTime,
        Integer useType,
        String note,
        Integer publishCount,
        Integer useCount,
        Integer receiveCount,
        LocalDateTime enableTime,
        String code,
        Integer memberLevel) {
}
