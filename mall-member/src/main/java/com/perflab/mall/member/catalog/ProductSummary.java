package com.perflab.mall.member.catalog;

import java.math.BigDecimal;

/** What member activity copies from a product: read from the catalog, never taken from the client. */
public record ProductSummary(long id, String name, String pic, String subTitle, BigDecimal price) {
}
