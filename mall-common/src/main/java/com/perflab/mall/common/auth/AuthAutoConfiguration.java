package com.perflab.mall.common.auth;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * Token issuing and verification, and the signed identity between the gateway and the services. Tokens
 * are lazy, so only the services that use them (gateway, member, admin) need {@code mall.jwt.secret};
 * every web service needs {@code mall.identity.secret}. Both fail at start-up, naming the variable, when
 * the secret is missing, short or a placeholder.
 */
@AutoConfiguration
@EnableConfigurationProperties({JwtProperties.class, IdentityProperties.class})
public class AuthAutoConfiguration {

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    JwtTokens jwtTokens(JwtProperties properties) {
        return new JwtTokens(properties, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnWebApplication
    IdentityProof identityProof(IdentityProperties properties) {
        return new IdentityProof(properties, Clock.systemUTC());
    }
}
