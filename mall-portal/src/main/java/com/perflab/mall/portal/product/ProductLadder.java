package com.perflab.mall.portal.product;

import java.math.BigDecimal;

/** Quantity discount (pms_product_ladder): from {@code count} units, the price times {@code discount}. */
record ProductLadder(Long id, Long productId, Integer count, BigDecimal discount, BigDecimal price) {
}
