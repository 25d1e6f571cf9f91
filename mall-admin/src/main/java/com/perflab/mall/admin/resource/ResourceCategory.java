package com.perflab.mall.admin.resource;

import java.time.LocalDateTime;

/** A group of resources, for showing them in a UI. */
record ResourceCategory(long id, LocalDateTime createTime, String name, int sort) {
}
