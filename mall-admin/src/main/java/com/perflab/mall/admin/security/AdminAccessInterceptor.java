package com.perflab.mall.admin.security;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.web.IdentityProofFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UrlPathHelper;

/**
 * Authorises every back-office call: the caller must be an admin (none: 401, a member: 403) whose
 * enabled roles hold a resource whose Ant pattern matches the path as this service sees it (after the
 * gateway strips {@code /mall-admin}). A few paths about the caller themself are open to any enabled
 * admin; the super-admin role may call everything.
 */
class AdminAccessInterceptor implements HandlerInterceptor {

    /** The caller's own profile, logout and password: every admin needs them, whatever their roles. */
    static final Set<String> ALWAYS_ALLOWED = Set.of("/admin/info", "/admin/logout", "/admin/updatePassword");

    /** Decoded, without ;jsessionid-style parameters: the same path the handler mapping matched. */
    private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

    private final AccessRules rules;

    AdminAccessInterceptor(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (CorsUtils.isPreFlightRequest(request)) {
            // a CORS preflight carries no credentials and runs no handler; it only gets CORS headers
            return true;
        }
        AuthenticatedUser user = IdentityProofFilter.caller(request);
        if (user == null) {
            throw new ApiException(ErrorCode.UNAUTHORIZED);
        }
        long adminId = user.adminId();
        AccessGrant grant = rules.grantOf(adminId);
        if (!grant.enabled()) {
            throw ApiException.forbidden("账号已被禁用或不存在");
        }
        String path = PATHS.getLookupPathForRequest(request);
        if (ALWAYS_ALLOWED.contains(path) || grant.allows(path)) {
            return true;
        }
        throw ApiException.forbidden("没有访问 " + path + " 的权限");
    }
}
