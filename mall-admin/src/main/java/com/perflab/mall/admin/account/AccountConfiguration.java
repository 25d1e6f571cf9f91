package com.perflab.mall.admin.account;

import com.perflab.mall.common.auth.LoginAttempts;
import com.perflab.mall.common.auth.LoginLockoutProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AccountProperties.class, LoginLockoutProperties.class})
class AccountConfiguration {

    @Bean
    BCryptPasswordEncoder adminPasswordEncoder(AccountProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    @Bean
    LoginAttempts adminLoginAttempts(StringRedisTemplate redis, LoginLockoutProperties properties) {
        return new LoginAttempts(redis, properties, "admin");
    }
}
