package com.perflab.mall.admin.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /admin/login}, JSON or form. Only presence and length: stricter rules would hint at names. */
record LoginRequest(@NotBlank @Size(max = 64) String username,
                    @NotBlank @Size(max = 64) String password) {
}
