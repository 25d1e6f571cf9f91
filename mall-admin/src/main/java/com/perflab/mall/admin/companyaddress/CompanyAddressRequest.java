package com.perflab.mall.admin.companyaddress;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /companyAddress/create} and {@code /companyAddress/update/{id}}. */
record CompanyAddressRequest(@NotBlank @Size(max = 200) @VisibleText String addressName,
                             @Min(0) @Max(1) Integer sendStatus,
                             @Min(0) @Max(1) Integer receiveStatus,
                             @NotBlank @Size(max = 64) @VisibleText String name,
                             @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,32}", message = "电话号码格式不正确") String phone,
                             @NotBlank @Size(max = 64) @VisibleText String province,
                             @NotBlank @Size(max = 64) @VisibleText String city,
                             @Size(max = 64) @VisibleText String region,
                             @NotBlank @Size(max = 200) @VisibleText String detailAddress) {

    CompanyAddressRequest {
        province = Texts.strip(province);
        city = Texts.strip(city);
        region = Texts.strip(region);
        detailAddress = Texts.strip(detailAddress);
        addressName = Texts.strip(addressName);
        name = Texts.strip(name);
        phone = phone == null ? null : phone.trim();
        sendStatus = sendStatus == null ? 0 : sendStatus;
        receiveStatus = receiveStatus == null ? 0 : receiveStatus;
    }
}
