package com.perflab.mall.admin.account;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.PageQuery;
import com.perflab.mall.common.api.PageResult;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.TokenReply;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Back-office users. Login and password change take JSON or form parameters (JSON wins when the
 * content type says so). Authorisation is the security interceptor's job; handlers only read the caller.
 */
@RestController
@RequestMapping("/admin")
class AdminController {

    private final AdminAccountService accounts;

    AdminController(AdminAccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/login")
    ApiResponse<TokenReply> login(@Valid LoginRequest request, HttpServletRequest http) {
        return ApiResponse.success(accounts.login(request, ClientInfo.of(http)), "登录成功");
    }

    @PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<TokenReply> loginJson(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return login(request, http);
    }

    @GetMapping("/info")
    ApiResponse<AdminInfo> info(AuthenticatedUser user) {
        return ApiResponse.success(accounts.info(user.adminId()));
    }

    /** Ends the admin's tokens on every device: the gateway refuses them within seconds. */
    @PostMapping("/logout")
    ApiResponse<Void> logout(AuthenticatedUser user) {
        accounts.logout(user.adminId());
        return ApiResponse.success(null, "已退出登录");
    }

    @PostMapping("/updatePassword")
    ApiResponse<Void> updatePassword(AuthenticatedUser user, @Valid PasswordChangeRequest request) {
        accounts.changePassword(user.adminId(), request);
        return ApiResponse.success(null, "密码修改成功");
    }

    @PostMapping(path = "/updatePassword", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<Void> updatePasswordJson(AuthenticatedUser user, @Valid @RequestBody PasswordChangeRequest request) {
        return updatePassword(user, request);
    }

    @GetMapping("/list")
    ApiResponse<PageResult<AdminView>> list(@RequestParam(required = false) @Size(max = 64) String keyword,
                                            @Valid PageQuery page) {
        return ApiResponse.success(accounts.list(keyword, page));
    }

    @GetMapping("/{id}")
    ApiResponse<AdminView> get(@PathVariable @Positive long id) {
        return ApiResponse.success(accounts.view(id));
    }

    @PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<AdminView> register(@Valid @RequestBody AdminRequest request) {
        return ApiResponse.success(accounts.register(request), "创建成功");
    }

    @PostMapping(path = "/update/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiResponse<AdminView> update(@PathVariable @Positive long id, @Valid @RequestBody AdminUpdateRequest request) {
        return ApiResponse.success(accounts.update(id, request), "修改成功");
    }

    @PostMapping("/updateStatus/{id}")
    ApiResponse<Void> updateStatus(AuthenticatedUser user, @PathVariable @Positive long id,
                                   @RequestParam @NotNull @Min(0) @Max(1) Integer status) {
        accounts.updateStatus(user.adminId(), id, status);
        return ApiResponse.success(null, "修改成功");
    }

    @PostMapping("/delete/{id}")
    ApiResponse<Void> delete(AuthenticatedUser user, @PathVariable @Positive long id) {
        accounts.delete(user.adminId(), id);
        return ApiResponse.success(null, "删除成功");
    }

    /** Replaces the admin's roles: {@code adminId} and {@code roleIds} (comma-separated or repeated). */
    @PostMapping("/role/update")
    ApiResponse<Void> updateRoles(@RequestParam @Positive long adminId,
                                  @RequestParam(required = false) @Size(max = 100) List<@NotNull @Positive Long> roleIds) {
        accounts.assignRoles(adminId, roleIds == null ? List.of() : roleIds);
        return ApiResponse.success(null, "分配成功");
    }

    @GetMapping("/role/{adminId}")
    ApiResponse<List<AdminRole>> roles(@PathVariable @Positive long adminId) {
        return ApiResponse.success(accounts.roles(adminId));
    }
}
