package com.perflab.mall.admin.order;

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
 * The HTTP client towards mall-portal ({@code mall.admin.portal.*}), which owns the order transitions the back
 * office triggers (close, delete). {@link LoadBalanced} makes Spring Cloud resolve the host through discovery.
 */
@Configuration(proxyBeanMethods = false)
class PortalClientConfiguration {

    @Bean
    @LoadBalanced
    RestClient.Builder portalRestClientBuilder(Environment environment, IdentityProof proof,
                                               ObjectProvider<ObservationRegistry> observations) {
        return ServiceRestClients.signed(environment, "mall.admin.portal", proof,
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }
}
