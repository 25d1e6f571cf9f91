package com.perflab.mall.cart.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * A SKU as mall-portal's {@code GET /internal/skus} describes it right now. The cart copies the display
 * fields from here, never from the client.
 *
 * @param price       the effective catalog unit price
 * @param productAttr the SKU's {@code sp_data} JSON text
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkuSnapshot(long skuId, long productId, String productName, String productPic,
                          String productSubTitle, String productSn, String productBrand, Long productCategoryId,
                          String skuCode, String productAttr, BigDecimal price, BigDecimal originalPrice,
                          int stock, int lockStock) {
}
