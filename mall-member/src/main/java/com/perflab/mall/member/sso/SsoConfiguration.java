package com.perflab.mall.member.sso;

import com.perflab.mall.common.auth.LoginAttempts;
import com.perflab.mall.common.auth.LoginLockoutProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SsoProperties.class, LoginLockoutProperties.class})
class SsoConfiguration {

    @Bean
    BCryptPasswordEncoder passwordEncoder(SsoProperties properties) {
        return new BCryptPasswordEncoder(properties.bcryptStrength());
    }

    @Bean
    LoginAttempts memberLoginAttempts(StringRedisTemplate redis, LoginLockoutProperties properties) {
        return new LoginAttempts(redis, properties, "member");
    }
}
