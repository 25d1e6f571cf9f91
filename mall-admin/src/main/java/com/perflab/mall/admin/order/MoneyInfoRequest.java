package com.perflab.mall.admin.order;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;

/**
 * {@code POST /order/update/moneyInfo}: new freight and back-office discount of an unpaid order;
 * {@code status} is the order status the client saw.
 */
record MoneyInfoRequest(@NotNull @Positive Long orderId,
                        @NotNull @DecimalMin("0") @DecimalMax("99999999") @Digits(integer = 8, fraction = 2)
                        BigDecimal freightAmount,
                        @NotNull @DecimalMin("0") @DecimalMax("99999999") @Digits(integer = 8, fraction = 2)
                        BigDecimal discountAmount,
                        @NotNull @Min(0) @Max(5) Integer status) {
}
