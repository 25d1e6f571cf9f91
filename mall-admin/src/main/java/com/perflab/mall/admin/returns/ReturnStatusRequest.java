package com.perflab.mall.admin.returns;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * {@code POST /returnApply/update/status/{id}}: the target status and what it needs: accepting (1) a refund
 * amount and a company address, refusing (3) a note, receiving (2) a note. Who handled or received it is the
 * calling admin; names sent by the client are ignored.
 */
record ReturnStatusRequest(@NotNull @Min(1) @Max(3) Integer status,
                           @Positive Long companyAddressId,
                           @DecimalMin(value = "0", inclusive = false) @DecimalMax("99999999")
                           @Digits(integer = 8, fraction = 2) BigDecimal returnAmount,
                           @Size(max = 500) String handleNote,
                           @Size(max = 500) String receiveNote) {
}
