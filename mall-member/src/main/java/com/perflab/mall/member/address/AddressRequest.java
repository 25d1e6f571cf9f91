package com.perflab.mall.member.address;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code /member/address/add} and {@code /update/{id}}. The owner always comes from the
 * caller's identity; a {@code memberId} or {@code id} in the body is ignored.
 *
 * @param defaultStatus 1 makes this the member's default address; absent means 0
 */
record AddressRequest(
        @NotBlank @Size(max = 64) @VisibleText String name,
        @NotBlank @Pattern(regexp = "^[0-9+\\-]{5,20}$", message = "must be 5-20 digits, '+' or '-'") String phoneNumber,
        @Min(0) @Max(1) Integer defaultStatus,
        @Pattern(regexp = "^[0-9A-Za-z\\- ]{0,16}$", message = "must be at most 16 letters or digits") String postCode,
        @NotBlank @Size(max = 64) @VisibleText String province,
        @NotBlank @Size(max = 64) @VisibleText String city,
        @Size(max = 64) @VisibleText String region,
        @NotBlank @Size(max = 200) @VisibleText String detailAddress) {

    AddressRequest {
        name = Texts.strip(name);
        postCode = Texts.strip(postCode);
        province = Texts.strip(province);
        city = Texts.strip(city);
        region = Texts.strip(region);
        detailAddress = Texts.strip(detailAddress);
        defaultStatus = defaultStatus == null ? 0 : defaultStatus;
    }

    boolean isDefault() {
        return defaultStatus == 1;
    }
}
