package com.perflab.mall.portal.home;

import java.time.LocalTime;

/** A daily flash-sale time slot (sms_flash_promotion_session). */
record FlashSession(Long id, String name, LocalTime startTime, LocalTime endTime) {

    boolean covers(LocalTime time) {
        return !time.isBefore(startTime) && !time.isAfter(endTime);
    }
}
