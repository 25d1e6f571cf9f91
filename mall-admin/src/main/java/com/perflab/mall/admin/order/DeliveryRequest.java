package com.perflab.mall.admin.order;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One element of the JSON array of {@code POST /order/update/delivery}. */
record DeliveryRequest(@NotNull @Positive Long orderId,
                       @NotBlank @Size(max = 64) String deliveryCompany,
                       @NotBlank @Size(max = 64) String deliverySn) {

    DeliveryRequest {
        deliveryCompany = deliveryCompany == null ? null : deliveryCompany.trim();
        deliverySn = deliverySn == null ? null : deliverySn.trim();
    }
}
