package com.perflab.mall.portal.product;

/** An attribute of the product's type (pms_product_attribute): type 0 spec (makes SKUs), 1 param. */
record ProductAttribute(
        Long id,
        Long productAttributeCategoryId,
        String name,
        Integer selectType,
        Integer inputType,
        String inputList,
        Integer sort,
        Integer filterType,
        Integer searchType,
        Integer relatedStatus,
        Integer handAddStatus,
        Integer type) {
}
