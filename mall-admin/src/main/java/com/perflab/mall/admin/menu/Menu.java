package com.perflab.mall.admin.menu;

import java.time.LocalDateTime;

/** A back-office menu entry; {@code parentId} 0 marks the top level. */
record Menu(long id, long parentId, LocalDateTime createTime, String title, int level, int sort, String name,
            String icon, int hidden) {

    static final String COLUMNS = "id, parent_id, create_time, title, level, sort, name, icon, hidden";
}
