package com.perflab.mall.cart.catalog;

import com.perflab.mall.common.auth.IdentityProof;
import com.perflab.mall.common.web.ServiceRestClients;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client towards mall-portal ({@code mall.cart.portal.*}: base-url, connect-timeout, read-timeout).
 * {@link LoadBalanced} makes Spring Cloud resolve the host {@code mall-portal} through discovery on every call.
 */
@Configuration(proxyBeanMethods = false)
class PortalClientConfiguration {

    @Bean
    @LoadBalanced
    RestClient.Builder portalRestClientBuilder(Environment environment, IdentityProof proof,
                                               ObjectProvider<ObservationRegistry> observations) {
        return ServiceRestClients.signed(environment, "mall.cart.portal", proof,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }
}
