package com.perflab.mall.portal.promotion;

import java.math.BigDecimal;

/** A row of the SKU snapshot query, with the product's promotion fields that the quote needs. */
record CatalogSku(
        long skuId,
        long productId,
        String productName,
        String productPic,
        String productSubTitle,
        String productSn,
        String productBrand,
        long productCategoryId,
        String skuCode,
        String productAttr,
        BigDecimal price,
        BigDecimal originalPrice,
        int stock,
        int lockStock,
        int promotionType,
        int giftPoint,
        int giftGrowth) {

    SkuSnapshot snapshot() {
        return new SkuSnapshot(skuId, productId, productName, productPic, productSubTitle, productSn, productBrand,
                productCategoryId, skuCode, productAttr, price, originalPrice, stock, lockStock);
    }
}
