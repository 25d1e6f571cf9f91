package com.perflab.mall.admin.order;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** One element of the JSON array of {@code POST /order/update/delivery}. */
record DeliveryRequest(@NotNull @Positive Long orderId,
                       @NotBlank @Size(max = 64) @VisibleText String deliveryCompany,
                       @NotBlank @Size(max = 64) @VisibleText String deliverySn) {

    DeliveryRequest {
        deliveryCompany = Texts.strip(deliveryCompany);
        deliverySn = Texts.strip(deliverySn);
    }
}
