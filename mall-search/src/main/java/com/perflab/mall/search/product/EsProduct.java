package com.perflab.mall.search.product;

import java.math.BigDecimal;
import java.util.List;

/**
 * A product as it is indexed and returned by searches. Built from pms_product (brand and category names
 * are denormalised there), available SKU stock and the attribute values.
 */
public record EsProduct(
        Long id,
        String productSn,
        Long brandId,
        String brandName,
        Long productCategoryId,
        String productCategoryName,
        String pic,
        String name,
        String subTitle,
        String keywords,
        BigDecimal price,
        BigDecimal promotionPrice,
        Integer sale,
        Integer stock,
        Boolean hasStock,
        Integer newStatus,
        Integer recommandStatus,
        Integer publishStatus,
        Integer deleteStatus,
        Integer sort,
        List<EsProductAttrValue> attrValueList) {
}
