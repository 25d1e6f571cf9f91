package com.perflab.mall.admin.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /order/update/receiverInfo}; {@code status} is the order status the client saw (the change is
 * refused with 409 when the order has moved on since).
 */
record ReceiverInfoRequest(@NotNull @Positive Long orderId,
                           @NotBlank @Size(max = 100) String receiverName,
                           @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,32}", message = "电话号码格式不正确")
                           String receiverPhone,
                           @Size(max = 32) String receiverPostCode,
                           @NotBlank @Size(max = 64) String receiverProvince,
                           @NotBlank @Size(max = 64) String receiverCity,
                           @Size(max = 64) String receiverRegion,
                           @NotBlank @Size(max = 200) String receiverDetailAddress,
                           @NotNull @Min(0) @Max(5) Integer status) {

    ReceiverInfoRequest {
        receiverName = receiverName == null ? null : receiverName.trim();
        receiverPhone = receiverPhone == null ? null : receiverPhone.trim();
        receiverDetailAddress = receiverDetailAddress == null ? null : receiverDetailAddress.trim();
    }
}
