package com.perflab.mall.common.logging;

import ch.qos.logback.classic.LoggerContext;
import org.apache.skywalking.apm.toolkit.trace.TraceContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link TraceIdTurboFilter} once Spring Boot has configured Logback (it resets the context while
 * starting, which would drop a filter added earlier). The SkyWalking agent, attached by the cluster's init
 * container, makes {@code TraceContext.traceId()} answer the live trace id.
 */
@AutoConfiguration
@ConditionalOnClass({LoggerContext.class, TraceContext.class})
public class TraceIdLoggingAutoConfiguration {

    @Bean
    ApplicationListener<ApplicationStartedEvent> traceIdLogging() {
        return event -> {
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                    && context.getTurboFilterList().stream().noneMatch(TraceIdTurboFilter.class::isInstance)) {
                TraceIdTurboFilter filter = new TraceIdTurboFilter(TraceContext::traceId);
                filter.setContext(context);
                filter.start();
                context.addTurboFilter(filter);
            }
        };
    }
}
