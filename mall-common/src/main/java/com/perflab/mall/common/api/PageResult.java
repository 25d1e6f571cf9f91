package com.perflab.mall.common.api;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, as the course system shapes it: {@code {pageNum, pageSize, totalPage, total, list}}.
 * {@code pageNum} counts from 1.
 */
public record PageResult<T>(int pageNum, int pageSize, int totalPage, long total, List<T> list) {

    public PageResult {
        list = List.copyOf(list);
    }

    public static <T> PageResult<T> of(PageQuery query, long total, List<T> list) {
        int totalPage = (int) ((total + query.pageSize() - 1) / query.pageSize());
        return new PageResult<>(query.pageNum(), query.pageSize(), totalPage, total, list);
    }

    public static <T> PageResult<T> empty(PageQuery query) {
        return of(query, 0, List.of());
    }

    public <R> PageResult<R> map(Function<? super T, ? extends R> mapper) {
        return new PageResult<>(pageNum, pageSize, totalPage, total, list.stream().<R>map(mapper).toList());
    }
}
