package com.perflab.mall.admin.oplog;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class OperationLogConfiguration implements WebMvcConfigurer {

    private final OperationLogMapper logs;

    OperationLogConfiguration(OperationLogMapper logs) {
        this.logs = logs;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // after the access interceptor (order 0): a refused call is not an operation; login has its own log
        registry.addInterceptor(new OperationLogInterceptor(logs))
                .order(Ordered.LOWEST_PRECEDENCE)
                .addPathPatterns("/**")
                .excludePathPatterns("/admin/login", "/actuator/**", "/error");
    }
}
