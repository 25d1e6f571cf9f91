package com.perflab.mall.admin.security;

import com.perflab.mall.common.access.AdminAccess;
import com.perflab.mall.common.access.AdminAccessInterceptor;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every back-office call needs an admin whose enabled roles hold a resource matching the path (mall-common's
 * {@link AdminAccess}, shared with the other services' management endpoints); the super role may call all.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration implements WebMvcConfigurer {

    /** The caller's own profile, logout and password: every admin needs them, whatever their roles. */
    static final Set<String> ALWAYS_ALLOWED = Set.of("/admin/info", "/admin/logout", "/admin/updatePassword");

    private final AdminAccess access;

    AdminSecurityConfiguration(AdminAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminAccessInterceptor(access, ALWAYS_ALLOWED))
                .addPathPatterns("/**")
                // public: login, health/metrics and the API docs the gateway aggregates
                .excludePathPatterns("/admin/login", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/error");
    }
}
