package com.perflab.mall.portal.home;

import java.time.LocalDateTime;

/** A slide of the app home carousel (sms_home_advertise). */
record HomeAdvertise(
        Long id,
        String name,
        Integer type,
        String pic,
        LocalDateTime startTime,
        LocalDateTime endTime,
        Integer status,
        Integer clickCount,
        Integer orderCount,
        String url,
        String note,
        Integer sort) {
}
