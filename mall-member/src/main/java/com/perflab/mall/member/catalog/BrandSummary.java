package com.perflab.mall.member.catalog;

/** What a brand attention copies from the brand: read from the catalog, never taken from the client. */
public record BrandSummary(long id, String name, String logo) {
}
