package com.perflab.mall.common.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Paging parameters, bound from the {@code pageNum} (from 1) and {@code pageSize} query parameters.
 * The upper bound on the page size keeps one request from reading a whole table.
 */
public record PageQuery(
        @Min(value = 1, message = "pageNum must be at least 1") Integer pageNum,
        @Min(value = 1, message = "pageSize must be at least 1")
        @Max(value = MAX_PAGE_SIZE, message = "pageSize must be at most " + MAX_PAGE_SIZE) Integer pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 100;

    public PageQuery {
        pageNum = pageNum == null ? 1 : pageNum;
        pageSize = pageSize == null ? DEFAULT_PAGE_SIZE : pageSize;
    }

    /** The number of rows to skip, for SQL {@code LIMIT offset, pageSize}. */
    public long offset() {
        return (long) (pageNum - 1) * pageSize;
    }
}
