package com.perflab.mall.common.web;

import com.perflab.mall.common.auth.AuthenticatedUserResolverConfigurer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;

/** Gives every servlet service the shared envelope error handling and the caller as a parameter. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import({GlobalExceptionHandler.class, AuthenticatedUserResolverConfigurer.class, StrictNumberFormatters.class})
public class MallWebMvcAutoConfiguration {
}
