package com.perflab.mall.portal.order;

/** Units of one flash-sale offer (sms_flash_promotion_product_relation) in an order, its lines summed. */
record FlashUnits(long relationId, int quantity) {
}
