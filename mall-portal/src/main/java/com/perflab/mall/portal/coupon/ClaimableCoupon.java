package com.perflab.mall.portal.coupon;

import java.time.LocalDateTime;

/** What deciding a claim needs of sms_coupon. */
record ClaimableCoupon(long id, int type, String name, int count, int perLimit, Integer memberLevel,
        LocalDateTime enableTime, LocalDateTime endTime) {

    /** Handed out by the shop itself (on purchase, on registration) rather than claimed. */
    boolean claimable() {
        return type == 0 || type == 1;
    }
}
