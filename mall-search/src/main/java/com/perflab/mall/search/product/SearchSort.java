package com.perflab.mall.search.product;

import com.perflab.mall.common.api.ApiException;

/** The {@code sort} parameter of {@code /esProduct/search}, by its number as the course system numbers it. */
enum SearchSort {
    RELEVANCE, NEWEST, SALES, PRICE_ASC, PRICE_DESC;

    static SearchSort of(int code) {
        SearchSort[] all = values();
        if (code < 0 || code >= all.length) {
            throw ApiException.badRequest("sort: must be 0 (relevance), 1 (newest), 2 (sales), 3 (price asc) or 4 (price desc)");
        }
        return all[code];
    }
}
