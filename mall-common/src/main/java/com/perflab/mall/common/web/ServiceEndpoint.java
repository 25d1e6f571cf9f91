package com.perflab.mall.common.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where another service is and how long to wait for it, bound from a service's own prefix (such as
 * {@code mall.cart.portal}) by {@link ServiceRestClients}. Short timeouts on purpose: a slow service must
 * fail the caller fast (503), not pile up its Tomcat threads.
 *
 * @param baseUrl        a service id resolved by the load balancer, such as {@code http://mall-portal}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for the answer
 */
public record ServiceEndpoint(URI baseUrl,
                              @DefaultValue("2s") Duration connectTimeout,
                              @DefaultValue("5s") Duration readTimeout) {

    public ServiceEndpoint {
        if (baseUrl == null) {
            throw new IllegalArgumentException("the service's base-url is required");
        }
    }
}
