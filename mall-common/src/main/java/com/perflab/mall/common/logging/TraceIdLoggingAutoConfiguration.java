package com.perflab.mall.common.logging;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.function.Supplier;
import org.apache.skywalking.apm.toolkit.trace.TraceContext;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Registers {@link TraceIdTurboFilter} once Spring Boot has configured Logback (it resets the context while
 * starting, which would drop a filter added earlier). Where Micrometer Tracing exports spans (the local lab with
 * its Zipkin server) the id is its current trace's; everywhere else the SkyWalking agent's, which the cluster's
 * init container attaches ({@code TraceContext.traceId()} answers the live id, an empty one without the agent).
 * One field, {@code trace.id}, either way.
 */
@AutoConfiguration
@ConditionalOnClass({LoggerContext.class, TraceContext.class})
public class TraceIdLoggingAutoConfiguration {

    @Bean
    ApplicationListener<ApplicationStartedEvent> traceIdLogging(ObjectProvider<Tracer> tracers, Environment environment) {
        boolean exported = environment.getProperty("management.tracing.export.enabled", Boolean.class, true);
        Supplier<String> traceIds = traceIds(exported ? tracers.getIfAvailable() : null, TraceContext::traceId);
        return event -> {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                    && context.getTurboFilterList().stream().noneMatch(TraceIdTurboFilter.class::isInstance)) {
                TraceIdTurboFilter filter = new TraceIdTurboFilter(traceIds);
                filter.setContext(context);
                filter.start();
                context.addTurboFilter(filter);
            }
        };
    }

    /** The current span's trace id from TRACER when there is one, else the AGENT's; the agent's alone without TRACER. */
    static Supplier<String> traceIds(Tracer tracer, Supplier<String> agent) {
        if (tracer == null) {
            return agent;
        }
        return () -> {
            Span span = tracer.currentSpan();
            return span != null ? span.context().traceId() : agent.get();
        };
    }
}
