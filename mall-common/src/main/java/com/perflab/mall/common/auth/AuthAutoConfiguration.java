package com.perflab.mall.common.auth;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * Token issuing and verification. Lazy, so only the services that use tokens (gateway, member, admin)
 * need {@code mall.jwt.secret}; they fail at start-up, naming it, when it is missing.
 */
@AutoConfiguration
@EnableConfigurationProperties(JwtProperties.class)
public class AuthAutoConfiguration {

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    JwtTokens jwtTokens(JwtProperties properties) {
        return new JwtTokens(properties, Clock.systemUTC());
    }
}
