package com.perflab.mall.common.access;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.web.IdentityProofFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UrlPathHelper;

/**
 * Authorises management calls with {@link AdminAccess#authorize}; the service registers it on the paths
 * that need an admin. The path matched against the resources is the one the handler mapping matched
 * (decoded, without {@code ;jsessionid}-style parameters), as the service sees it after the gateway
 * stripped {@code /<service>}.
 */
public class AdminAccessInterceptor implements HandlerInterceptor {

    private static final UrlPathHelper PATHS = UrlPathHelper.defaultInstance;

    private final AdminAccess access;
    private final Set<String> openToEveryAdmin;

    /** @param openToEveryAdmin paths any enabled admin may call, whatever their roles */
    public AdminAccessInterceptor(AdminAccess access, Set<String> openToEveryAdmin) {
        this.access = access;
        this.openToEveryAdmin = Set.copyOf(openToEveryAdmin);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (CorsUtils.isPreFlightRequest(request)) {
            // a CORS preflight carries no credentials and runs no handler; it only gets CORS headers
            return true;
        }
        AuthenticatedUser caller = IdentityProofFilter.caller(request);
        access.authorize(caller, PATHS.getLookupPathForRequest(request), openToEveryAdmin);
        return true;
    }
}
