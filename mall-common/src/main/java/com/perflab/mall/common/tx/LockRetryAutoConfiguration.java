package com.perflab.mall.common.tx;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.retry.MethodRetryEvent;

/**
 * Turns on Spring Framework's {@code @Retryable} for {@link LockRetry}, and counts its retries
 * ({@code mall_lock_retries_total{method, outcome}}: {@code retried}, or {@code gave_up} after the last attempt),
 * so deadlocks between services show on the dashboards instead of only in a log line.
 */
@AutoConfiguration
@EnableResilientMethods
public class LockRetryAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LockRetry.class);

    @Bean
    ApplicationListener<MethodRetryEvent> mallLockRetryCounter(ObjectProvider<MeterRegistry> meters) {
        return event -> {
            if (event.getFailure() == null) {
                return;
            }
            String method = event.getMethod().getDeclaringClass().getSimpleName() + "." + event.getMethod().getName();
            String outcome = event.isRetryAborted() ? "gave_up" : "retried";
            log.info("{} lost a lock race ({}): {}", method, outcome, event.getFailure().toString());
            meters.ifAvailable(registry -> Counter.builder("mall.lock.retries")
                    .description("service calls that lost a lock race: run again, or given up after the last attempt")
                    .tag("method", method).tag("outcome", outcome).register(registry).increment());
        };
    }
}
