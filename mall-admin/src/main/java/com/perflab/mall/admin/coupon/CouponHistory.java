package com.perflab.mall.admin.coupon;

import java.time.LocalDateTime;

/** A coupon a member holds (sms_coupon_history); useStatus 0 unused, 1 used, 2 expired. */
record CouponHistory(long id, long couponId, long memberId, String couponCode, String memberNickname, int getType,
                     LocalDateTime createTime, int useStatus, LocalDateTime useTime, Long orderId, String orderSn) {

    static final String COLUMNS = "id, coupon_id, member_id, coupon_code, member_nickname, get_type, create_time,"
            + " use_status, use_time, order_id, order_sn";
}
