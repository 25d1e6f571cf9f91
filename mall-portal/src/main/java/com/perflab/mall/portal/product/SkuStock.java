package com.perflab.mall.portal.product;

import java.math.BigDecimal;

/** One SKU with its stock (pms_sku_stock); available = stock - lockStock. */
record SkuStock(
        Long id,
        Long productId,
        String skuCode,
        BigDecimal price,
        Integer stock,
        Integer lowStock,
        String pic,
        Integer sale,
        BigDecimal promotionPrice,
        Integer lockStock,
        String spData) {
}
