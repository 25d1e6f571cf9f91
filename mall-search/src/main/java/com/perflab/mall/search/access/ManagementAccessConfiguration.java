package com.perflab.mall.search.access;

import com.perflab.mall.common.access.AdminAccess;
import com.perflab.mall.common.access.AdminAccessInterceptor;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Everything but search and recommend is management (import, create, delete today, and whatever is added):
 * it needs an admin whose enabled roles hold a resource matching {@code /mall-search} + the path, e.g. the
 * seeded {@code /mall-search/esProduct/**}, read from the back office's role tables (mall-common's
 * {@link AdminAccess}). The gateway already refuses members there; this holds for calls that bypass it.
 */
@Configuration(proxyBeanMethods = false)
class ManagementAccessConfiguration implements WebMvcConfigurer {

    private final AdminAccess access;

    ManagementAccessConfiguration(AdminAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminAccessInterceptor(access, Set.of()))
                .addPathPatterns("/**")
                // the shop's search, health/metrics and the API docs the gateway aggregates
                .excludePathPatterns("/esProduct/search", "/esProduct/search/**", "/esProduct/recommend/**",
                        "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error");
    }
}
