package com.perflab.mall.gateway.tracing;

import io.micrometer.tracing.propagation.Propagator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the lab exports traces (./mall up with Zipkin: MALL_TRACING_ENABLED), the gateway passes each request's
 * trace on ({@link TraceHeadersFilter}). Elsewhere nothing: in the cluster the SkyWalking agent propagates its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "management.tracing.export.enabled", havingValue = "true")
class TraceHeadersConfiguration {

    @Bean
    TraceHeadersFilter traceHeadersFilter(Propagator propagator) {
        return new TraceHeadersFilter(propagator);
    }
}
