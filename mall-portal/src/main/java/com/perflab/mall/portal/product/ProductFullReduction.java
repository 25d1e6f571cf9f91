package com.perflab.mall.portal.product;

import java.math.BigDecimal;

/** Amount reduction (pms_product_full_reduction): from {@code fullPrice}, {@code reducePrice} off. */
record ProductFullReduction(Long id, Long productId, BigDecimal fullPrice, BigDecimal reducePrice) {
}
