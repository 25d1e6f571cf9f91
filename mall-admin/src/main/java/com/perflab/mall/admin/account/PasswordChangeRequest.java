package com.perflab.mall.admin.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /admin/updatePassword}: the caller's own password, proven by the current one. */
record PasswordChangeRequest(@NotBlank @Size(max = 64) String oldPassword,
                             @NotNull @Pattern(regexp = Inputs.PASSWORD, message = Inputs.PASSWORD_MESSAGE)
                             String newPassword) {
}
