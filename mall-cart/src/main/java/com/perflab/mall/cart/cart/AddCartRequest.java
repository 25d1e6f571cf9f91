package com.perflab.mall.cart.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The body of {@code /cart/add}. Only these fields are read: a {@code price}, product name or
 * {@code memberId} sent by the client is ignored, everything else comes from the catalog and the caller's
 * identity.
 *
 * @param productId optional; when given it must be the SKU's product
 */
record AddCartRequest(
        @NotNull @Positive Long productSkuId,
        @Positive Long productId,
        @NotNull @Min(1) @Max(CartService.MAX_QUANTITY) Integer quantity) {
}
