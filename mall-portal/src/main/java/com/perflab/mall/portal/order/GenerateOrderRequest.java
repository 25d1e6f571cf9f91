package com.perflab.mall.portal.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /order/generateOrder}; prices are not part of it: they always come from the catalog. */
record GenerateOrderRequest(
        @NotNull @Positive Long memberReceiveAddressId,
        @Positive Long couponId,
        @PositiveOrZero @Max(100_000_000) Integer useIntegration,
        @NotNull @Min(0) @Max(2) Integer payType,
        @NotEmpty @Size(max = OrderService.MAX_CART_ITEMS) List<@NotNull @Positive Long> cartIds) {
}
