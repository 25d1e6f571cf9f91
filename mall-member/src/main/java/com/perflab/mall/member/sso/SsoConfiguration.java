package com.perflab.mall.member.sso;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SsoProperties.class)
class SsoConfiguration {

    @Bean
    BCryptPasswordEncoder passwordEncoder(SsoProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }
}
