package com.perflab.mall.portal.promotion;

import java.math.BigDecimal;

/** pms_product_ladder: from {@code count} units of the product, pay {@code discount} x price. */
record Ladder(long productId, int count, BigDecimal discount) {
}
