package com.perflab.mall.admin.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessProperties.class)
class AdminSecurityConfiguration implements WebMvcConfigurer {

    private final AccessRules rules;

    AdminSecurityConfiguration(AccessRules rules) {
        this.rules = rules;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminAccessInterceptor(rules))
                .addPathPatterns("/**")
                // public: login, health/metrics and the API docs the gateway aggregates
                .excludePathPatterns("/admin/login", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**",
                        "/swagger-ui.html", "/error");
    }
}
