package com.perflab.mall.admin.oplog;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.web.IdentityProofFilter;
import com.perflab.mall.common.web.ClientAddress;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UrlPathHelper;

/**
 * Writes one {@code ums_admin_operation_log} row per write request that passed authorisation (it runs after
 * the access interceptor), once the reply's status is known. A failed log insert is logged and never turns a
 * saved change into an error.
 */
class OperationLogInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(OperationLogInterceptor.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String STARTED = OperationLogInterceptor.class.getName() + ".started";
    static final int MAX_PARAMS = 1000;

    private final OperationLogMapper logs;

    OperationLogInterceptor(OperationLogMapper logs) {
        this.logs = logs;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (WRITES.contains(request.getMethod())) {
            request.setAttribute(STARTED, System.nanoTime());
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        if (!(request.getAttribute(STARTED) instanceof Long started)) {
            return;
        }
        AuthenticatedUser user = IdentityProofFilter.caller(request);
        if (user == null) {
            return;
        }
        int durationMs = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        String path = UrlPathHelper.defaultInstance.getLookupPathForRequest(request);
        try {
            logs.insert(new OperationLogEntry(null, user.adminId(), user.username(), request.getMethod(),
                    truncate(path, 255), params(request.getParameterMap()), response.getStatus(),
                    ClientAddress.of(request), durationMs, LocalDateTime.now()));
        } catch (DataAccessException failure) {
            log.warn("operation log not written for {} {} by {}: {}", request.getMethod(), path, user.username(),
                    failure.getMessage());
        }
    }

    /** {@code name=value&...} of the form/query parameters; anything named like a password is left out. */
    static String params(Map<String, String[]> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("password") || lower.contains("secret") || lower.contains("token")) {
                return;
            }
            for (String value : values) {
                joined.add(name + "=" + value);
            }
        });
        return joined.length() == 0 ? null : truncate(joined.toString(), MAX_PARAMS);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
