package com.perflab.mall.admin.order;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
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
                           @NotBlank @Size(max = 100) @VisibleText String receiverName,
                           @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,32}", message = "电话号码格式不正确")
                           String receiverPhone,
                           @Size(max = 32) String receiverPostCode,
                           @NotBlank @Size(max = 64) @VisibleText String receiverProvince,
                           @NotBlank @Size(max = 64) @VisibleText String receiverCity,
                           @Size(max = 64) @VisibleText String receiverRegion,
                           @NotBlank @Size(max = 200) @VisibleText String receiverDetailAddress,
                           @NotNull @Min(0) @Max(5) Integer status) {

    ReceiverInfoRequest {
        receiverPostCode = Texts.strip(receiverPostCode);
        receiverProvince = Texts.strip(receiverProvince);
        receiverCity = Texts.strip(receiverCity);
        receiverRegion = Texts.strip(receiverRegion);
        receiverName = Texts.strip(receiverName);
        receiverPhone = receiverPhone == null ? null : receiverPhone.trim();
        receiverDetailAddress = Texts.strip(receiverDetailAddress);
    }
}
