package com.perflab.mall.portal.order;

/** Units of one SKU held by an order (its lines summed per SKU). */
record SkuQuantity(long skuId, int quantity) {
}
