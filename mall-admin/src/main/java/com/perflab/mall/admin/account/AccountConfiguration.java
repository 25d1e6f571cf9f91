package com.perflab.mall.admin.account;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountProperties.class)
class AccountConfiguration {

    @Bean
    BCryptPasswordEncoder adminPasswordEncoder(AccountProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }
}
