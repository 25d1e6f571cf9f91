package com.perflab.mall.admin.flash;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A flash-sale campaign: the days it runs; status 1 = online. */
record FlashPromotion(long id, String title, LocalDate startDate, LocalDate endDate, int status,
                      LocalDateTime createTime) {

    static final String COLUMNS = "id, title, start_date, end_date, status, create_time";
}
