package com.perflab.mall.common.web;

import com.perflab.mall.common.auth.AuthenticatedUserResolverConfigurer;
import com.perflab.mall.common.auth.IdentityProof;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Gives every servlet service the shared envelope error handling, the check of the gateway's signed
 * identity before anything else runs, and the verified caller as a controller parameter.
 */
@AutoConfiguration(after = com.perflab.mall.common.auth.AuthAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({GlobalExceptionHandler.class, AuthenticatedUserResolverConfigurer.class, StrictNumberFormatters.class})
public class MallWebMvcAutoConfiguration {

    @Bean
    FilterRegistrationBean<IdentityProofFilter> identityProofFilter(IdentityProof proof) {
        FilterRegistrationBean<IdentityProofFilter> registration =
                new FilterRegistrationBean<>(new IdentityProofFilter(proof));
        // first, so no other filter (operation log, chaos, metrics tags) sees an unproven identity
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
