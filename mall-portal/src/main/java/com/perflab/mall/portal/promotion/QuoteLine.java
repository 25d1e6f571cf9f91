package com.perflab.mall.portal.promotion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** One line to price: a SKU and how many units of it. */
public record QuoteLine(
        @NotNull @Positive Long skuId,
        @NotNull @Min(1) @Max(999) Integer quantity) {
}
