package com.perflab.mall.cart.catalog;

import java.math.BigDecimal;

/** The pms_product columns {@link CartProduct} shows. */
record ProductRow(long id, String name, String pic, String subTitle, String productSn, String brandName,
                  Long productCategoryId, BigDecimal price, BigDecimal originalPrice,
                  Long productAttributeCategoryId) {
}
