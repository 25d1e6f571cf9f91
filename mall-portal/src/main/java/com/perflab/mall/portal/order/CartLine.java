package com.perflab.mall.portal.order;

/** The parts of a member's cart line an order uses; prices are never read from the cart. */
record CartLine(long id, long productSkuId, int quantity) {
}
