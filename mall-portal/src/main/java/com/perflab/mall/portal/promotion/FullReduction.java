package com.perflab.mall.portal.promotion;

import java.math.BigDecimal;

/** pms_product_full_reduction: from {@code fullPrice} spent on the product, {@code reducePrice} off. */
record FullReduction(long productId, BigDecimal fullPrice, BigDecimal reducePrice) {
}
