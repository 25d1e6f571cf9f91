package com.perflab.mall.search.product;

/**
 * One attribute value of a product, a nested document so attribute id and value stay paired in queries
 * and aggregations. {@code type}: 0 spec (values comma separated), 1 param.
 */
public record EsProductAttrValue(Long productId, Long productAttributeId, String value, Integer type, String name) {
}
