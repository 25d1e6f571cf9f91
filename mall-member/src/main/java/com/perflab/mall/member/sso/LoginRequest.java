package com.perflab.mall.member.sso;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /sso/login}, as form parameters or JSON. Only presence and length are checked: stricter
 * rules would tell a caller which names can exist.
 */
record LoginRequest(@NotBlank @Size(max = 64) String username,
                    @NotBlank @Size(max = 64) String password) {
}
