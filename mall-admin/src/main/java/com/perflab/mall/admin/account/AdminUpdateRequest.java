package com.perflab.mall.admin.account;

import com.perflab.mall.common.validation.Texts;
import com.perflab.mall.common.validation.VisibleText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /admin/update/{id}}: profile fields; the password has its own endpoint. */
record AdminUpdateRequest(
        @NotNull @Pattern(regexp = Inputs.USERNAME, message = Inputs.USERNAME_MESSAGE) String username,
        @Size(max = 255) String icon,
        @Email @Size(max = 100) String email,
        @Size(max = 64) @VisibleText String nickName,
        @Size(max = 500) String note) {

    AdminUpdateRequest {
        nickName = Texts.strip(nickName);
    }
}
