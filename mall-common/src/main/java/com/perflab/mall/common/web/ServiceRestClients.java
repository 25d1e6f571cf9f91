package com.perflab.mall.common.web;

import com.perflab.mall.common.auth.IdentityProof;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The one way a service builds its client for another service's internal API: short timeouts, every call
 * signed with the caller's service identity and observed (the {@code http.client.requests} timer, and where
 * tracing is on a span whose context travels in the request's headers, so the callee continues the trace).
 * Declare the result as a {@code @LoadBalanced} bean so Spring
 * Cloud resolves the host of {@code baseUrl} (a service id such as {@code http://mall-portal}) through
 * discovery on every call.
 */
public final class ServiceRestClients {

    private ServiceRestClients() {
    }

    /**
     * The client for the service configured under {@code prefix} ({@link ServiceEndpoint}), signed as this
     * service ({@code spring.application.name}).
     */
    public static RestClient.Builder signed(Environment environment, String prefix, IdentityProof proof,
                                            ObservationRegistry observations) {
        ServiceEndpoint endpoint = Binder.get(environment).bindOrCreate(prefix, ServiceEndpoint.class);
        return signed(endpoint.baseUrl(), endpoint.connectTimeout(), endpoint.readTimeout(), proof,
                environment.getRequiredProperty("spring.application.name")).observationRegistry(observations);
    }

    /**
     * The JDK client keeps an unbounded keep-alive pool: Apache HttpClient (also on the class path, via Nacos)
     * would default to 5 connections per route, a hidden limit under load. HTTP/1.1 because the services speak
     * plain HTTP and an h2c upgrade attempt only costs a round trip.
     */
    static RestClient.Builder signed(URI baseUrl, Duration connectTimeout, Duration readTimeout,
                                            IdentityProof proof, String serviceName) {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(http);
        requestFactory.setReadTimeout(readTimeout);
        // the internal API answers only to a signed service identity
        return RestClient.builder().baseUrl(baseUrl).requestFactory(requestFactory)
                .requestInterceptor(new ServiceIdentityInterceptor(proof, serviceName));
    }
}
