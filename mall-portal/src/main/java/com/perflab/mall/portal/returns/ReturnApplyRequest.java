package com.perflab.mall.portal.returns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /returnApply/create}, the course system's shape. Product name, price and count are taken from
 * the order line, not from the request.
 */
record ReturnApplyRequest(
        @NotNull @Positive Long orderId,
        @NotNull @Positive Long productId,
        @NotBlank @Size(max = 200) String reason,
        @Size(max = 500) String description,
        @Size(max = 1000) String proofPics,
        @NotBlank @Size(max = 100) String returnName,
        @NotBlank @Size(max = 32) String returnPhone) {
}
