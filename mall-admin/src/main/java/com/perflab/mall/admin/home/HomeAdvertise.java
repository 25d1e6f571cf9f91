package com.perflab.mall.admin.home;

import java.time.LocalDateTime;

/** A slide of the home carousel; type 0 PC, 1 app; status 1 = online (shown within its time window). */
record HomeAdvertise(long id, String name, int type, String pic, LocalDateTime startTime, LocalDateTime endTime,
                     int status, int clickCount, int orderCount, String url, String note, int sort) {

    static final String COLUMNS = "id, name, type, pic, start_time, end_time, status, click_count, order_count, url,"
            + " note, sort";
}
