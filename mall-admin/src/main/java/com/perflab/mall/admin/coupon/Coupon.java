package com.perflab.mall.admin.coupon;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A coupon. {@code publishCount} is the number issued in total, {@code receiveCount} how many members took,
 * {@code count} how many are left to hand out (publishCount - receiveCount; the shop's claim decrements it).
 */
record Coupon(long id, int type, String name, int platform, int count, BigDecimal amount, int perLimit,
              BigDecimal minPoint, LocalDateTime startTime, LocalDateTime endTime, int useType, String note,
              int publishCount, int useCount, int receiveCount, LocalDateTime enableTime, String code,
              Integer memberLevel) {

    static final String COLUMNS = "id, type, name, platform, count, amount, per_limit, min_point, start_time,"
            + " end_time, use_type, note, publish_count, use_count, receive_count, enable_time, code, member_level";
}
