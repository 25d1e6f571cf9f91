package com.perflab.mall.admin.role;

import java.time.LocalDateTime;

/** A back-office role. */
record Role(long id, String name, String description, int adminCount, LocalDateTime createTime, int status,
            int sort) {

    static final String COLUMNS = "id, name, description, admin_count, create_time, status, sort";
}
