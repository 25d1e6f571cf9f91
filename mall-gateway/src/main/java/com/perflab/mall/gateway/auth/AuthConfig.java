package com.perflab.mall.gateway.auth;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({GatewayAuthProperties.class, RevocationProperties.class})
class AuthConfig {
}
