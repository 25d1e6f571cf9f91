package com.perflab.mall.admin.companyaddress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /companyAddress/create} and {@code /companyAddress/update/{id}}. */
record CompanyAddressRequest(@NotBlank @Size(max = 200) String addressName,
                             @Min(0) @Max(1) Integer sendStatus,
                             @Min(0) @Max(1) Integer receiveStatus,
                             @NotBlank @Size(max = 64) String name,
                             @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,32}", message = "电话号码格式不正确") String phone,
                             @NotBlank @Size(max = 64) String province,
                             @NotBlank @Size(max = 64) String city,
                             @Size(max = 64) String region,
                             @NotBlank @Size(max = 200) String detailAddress) {

    CompanyAddressRequest {
        addressName = addressName == null ? null : addressName.trim();
        name = name == null ? null : name.trim();
        phone = phone == null ? null : phone.trim();
        sendStatus = sendStatus == null ? 0 : sendStatus;
        receiveStatus = receiveStatus == null ? 0 : receiveStatus;
    }
}
