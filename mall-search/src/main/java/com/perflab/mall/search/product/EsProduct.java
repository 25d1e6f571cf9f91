package com.perflab.mall.search.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.AutomapConstructor;

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

    /** Documents read back from Elasticsearch come through here. */
    @JsonCreator
    public EsProduct {
    }

    /**
     * A row as {@link ProductMapper} reads it, without attribute values: they come from a second query for a
     * whole batch and are attached by {@link #withAttrValues}.
     */
    @AutomapConstructor
    EsProduct(Long id, String productSn, Long brandId, String brandName, Long productCategoryId,
              String productCategoryName, String pic, String name, String subTitle, String keywords, BigDecimal price,
              BigDecimal promotionPrice, Integer sale, Integer stock, Boolean hasStock, Integer newStatus,
              Integer recommandStatus, Integer publishStatus, Integer deleteStatus, Integer sort) {
        this(id, productSn, brandId, brandName, productCategoryId, productCategoryName, pic, name, subTitle, keywords,
                price, promotionPrice, sale, stock, hasStock, newStatus, recommandStatus, publishStatus, deleteStatus,
                sort, List.of());
    }

    EsProduct withAttrValues(List<EsProductAttrValue> values) {
        return new EsProduct(id, productSn, brandId, brandName, productCategoryId, productCategoryName, pic, name,
                subTitle, keywords, price, promotionPrice, sale, stock, hasStock, newStatus, recommandStatus,
                publishStatus, deleteStatus, sort, List.copyOf(values));
    }
}
