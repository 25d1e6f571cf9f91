package com.perflab.mall.search.product;

import java.math.BigDecimal;
import java.util.List;

/** A product row as {@link ProductMapper} reads it, before its attribute values are attached. */
record ProductRow(
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
        Integer sort) {

    EsProduct toDocument(List<EsProductAttrValue> attrValues) {
        return new EsProduct(id, productSn, brandId, brandName, productCategoryId, productCategoryName, pic, name,
                subTitle, keywords, price, promotionPrice, sale, stock, hasStock, newStatus, recommandStatus,
                publishStatus, deleteStatus, sort, List.copyOf(attrValues));
    }
}
