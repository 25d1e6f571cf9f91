package com.perflab.mall.portal.product;

/** The product's value of one attribute (pms_product_attribute_value). */
record ProductAttributeValue(Long id, Long productId, Long productAttributeId, String value) {
}
