package com.perflab.mall.common.tracing;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** {@link TraceHandoff} over whatever tracer Boot configured (the no-op one where nothing is exported). */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration")
@ConditionalOnClass(Tracer.class)
public class TracingAutoConfiguration {

    @Bean
    TraceHandoff traceHandoff(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
                              ObjectProvider<ObservationRegistry> observations) {
        return new TraceHandoff(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }
}
