package com.perflab.mall.member.sso;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code POST /sso/updatePassword}: the course's shape, a new password confirmed by a code sent to the phone. */
record PasswordResetRequest(
        @NotNull @Pattern(regexp = Inputs.TELEPHONE, message = Inputs.TELEPHONE_MESSAGE) String telephone,
        @NotNull @Pattern(regexp = Inputs.PASSWORD, message = Inputs.PASSWORD_MESSAGE) String password,
        @NotNull @Pattern(regexp = Inputs.AUTH_CODE, message = Inputs.AUTH_CODE_MESSAGE) String authCode) {
}
