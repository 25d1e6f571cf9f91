package com.perflab.mall.member.sso;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.web.ClientAddress;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.TokenReply;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Member registration, login and profile. Register, login and password reset take form parameters as
 * the course system sends them, or a JSON body (the JSON mapping wins when the content type is JSON).
 */
@RestController
@RequestMapping("/sso")
class SsoController {

    private final MemberAccountService accounts;

    SsoController(MemberAccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/getAuthCode")
    ApiResponse<String> getAuthCode(
            @RequestParam @Pattern(regexp = Inputs.TELEPHONE, message = Inputs.TELEPHONE_MESSAGE) String telephone,
            HttpServletRequest http) {
        return ApiResponse.success(accounts.sendAuthCode(telephone, ClientAddress.of(http)), "获取验证码成功");
    }

    @PostMapping("/register")
    ApiResponse<Void> register(@Valid RegisterRequest request) {
        accounts.register(request);
        return ApiResponse.success(null, "注册成功");
    }

    @PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Void> registerJson(@Valid @RequestBody RegisterRequest request) {
        return register(request);
    }

    @PostMapping("/login")
    ApiResponse<TokenReply> login(@Valid LoginRequest request, HttpServletRequest http) {
        return ApiResponse.success(accounts.login(request, ClientAddress.of(http)), "登录成功");
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<TokenReply> loginJson(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return login(request, http);
    }

    /** Ends the member's tokens on every device (the course's shop has no logout; the app drops the token). */
    @PostMapping("/logout")
    ApiResponse<Void> logout(AuthenticatedUser user) {
        accounts.logout(user.memberId());
        return ApiResponse.success(null, "已退出登录");
    }

    @GetMapping("/info")
    ApiResponse<MemberInfo> info(AuthenticatedUser user) {
        return ApiResponse.success(accounts.info(user.memberId()));
    }

    @PostMapping("/updatePassword")
    ApiResponse<Void> updatePassword(AuthenticatedUser user, @Valid PasswordResetRequest request) {
        accounts.resetPassword(user.memberId(), request);
        return ApiResponse.success(null, "密码修改成功");
    }

    @PostMapping(path = "/updatePassword", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Void> updatePasswordJson(AuthenticatedUser user, @Valid @RequestBody PasswordResetRequest request) {
        return updatePassword(user, request);
    }
}
