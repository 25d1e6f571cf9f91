package com.perflab.mall.cart.catalog;

import com.perflab.mall.common.auth.IdentityProof;
import com.perflab.mall.common.web.ServiceRestClients;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client towards mall-portal. {@link LoadBalanced} makes Spring Cloud resolve the host
 * {@code mall-portal} through discovery on every call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class PortalClientConfiguration {

    @Bean
    @LoadBalanced
    RestClient.Builder portalRestClientBuilder(PortalProperties properties, IdentityProof proof,
                                               @Value("${spring.application.name}") String serviceName) {
        return ServiceRestClients.signed(properties.baseUrl(), properties.connectTimeout(), properties.readTimeout(),
                proof, serviceName);
    }
}
