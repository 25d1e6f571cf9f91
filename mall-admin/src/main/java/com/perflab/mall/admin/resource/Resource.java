package com.perflab.mall.admin.resource;

import java.time.LocalDateTime;

/** An API resource: an Ant path of this service that roles may be granted. */
record Resource(long id, LocalDateTime createTime, String name, String url, String description, Long categoryId) {

    static final String COLUMNS = "id, create_time, name, url, description, category_id";
}
