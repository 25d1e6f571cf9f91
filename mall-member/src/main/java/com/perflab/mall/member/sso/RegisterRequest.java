package com.perflab.mall.member.sso;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code POST /sso/register}, as form parameters or JSON. */
record RegisterRequest(
        @NotNull @Pattern(regexp = Inputs.USERNAME, message = Inputs.USERNAME_MESSAGE) String username,
        @NotNull @Pattern(regexp = Inputs.PASSWORD, message = Inputs.PASSWORD_MESSAGE) String password,
        @NotNull @Pattern(regexp = Inputs.TELEPHONE, message = Inputs.TELEPHONE_MESSAGE) String telephone,
        @NotNull @Pattern(regexp = Inputs.AUTH_CODE, message = Inputs.AUTH_CODE_MESSAGE) String authCode) {
}
