package com.perflab.mall.cart.catalog;

import com.perflab.mall.common.auth.IdentityProof;
import com.perflab.mall.common.web.ServiceIdentityInterceptor;
import java.net.http.HttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client towards mall-portal. {@link LoadBalanced} makes Spring Cloud resolve the host
 * {@code mall-portal} through discovery on every call.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PortalProperties.class)
class PortalClientConfiguration {

    /**
     * The JDK client keeps an unbounded keep-alive pool: Apache HttpClient (also on the class path, via
     * Nacos) would default to 5 connections per route, a hidden limit under load. HTTP/1.1 because the
     * portal speaks plain HTTP and an h2c upgrade attempt only costs a round trip.
     */
    @Bean
    @LoadBalanced
    RestClient.Builder portalRestClientBuilder(PortalProperties properties, IdentityProof proof,
                                               @Value("${spring.application.name}") String serviceName) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
        requestFactory.setReadTimeout(properties.readTimeout());
        // the portal's internal API answers only to a signed service identity
        return RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requestFactory)
                .requestInterceptor(new ServiceIdentityInterceptor(proof, serviceName));
    }
}
