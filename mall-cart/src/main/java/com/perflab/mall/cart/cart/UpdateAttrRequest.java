package com.perflab.mall.cart.cart;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** The body of {@code /cart/update/attr}: move cart item {@code id} to another SKU of the same product. */
record UpdateAttrRequest(@NotNull @Positive Long id, @NotNull @Positive Long productSkuId) {
}
