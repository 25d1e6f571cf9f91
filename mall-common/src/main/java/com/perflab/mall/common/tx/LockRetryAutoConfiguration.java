package com.perflab.mall.common.tx;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.EnableResilientMethods;
import org.springframework.resilience.retry.MethodRetryEvent;

/**
 * Turns on Spring Framework's {@code @Retryable} for {@link LockRetry}, and counts its retries
 * ({@code mall_lock_retries_total{method, outcome}}: {@code attempt_failed} for each attempt that lost a lock
 * race, {@code gave_up} when the last one did),
 * so deadlocks between services show on the dashboards instead of only in a log line.
 */
@AutoConfiguration
@EnableResilientMethods
public class LockRetryAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LockRetry.class);

    /** Spring publishes an event for every failed attempt, and one more when it gives up (retryAborted). */
    @Bean
    ApplicationListener<MethodRetryEvent> mallLockRetryCounter(ObjectProvider<MeterRegistry> meters) {
        return event -> {
            Throwable lockFailure = lockFailure(event.getFailure());
            if (lockFailure == null) {
                return; // not a lost lock race: not retried, nothing to count
            }
            String method = event.getMethod().getDeclaringClass().getSimpleName() + "." + event.getMethod().getName();
            String outcome = event.isRetryAborted() ? "gave_up" : "attempt_failed";
            if (event.isRetryAborted()) {
                log.warn("{} lost its last attempt to a lock race: {}", method, lockFailure.toString());
            } else {
                log.info("{} lost a lock race: {}", method, lockFailure.toString());
            }
            meters.ifAvailable(registry -> Counter.builder("mall.lock.retries")
                    .description("attempts of a @LockRetry method that lost a lock race, and calls that gave up")
                    .tag("method", method).tag("outcome", outcome).register(registry).increment());
        };
    }

    private static Throwable lockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PessimisticLockingFailureException) {
                return t;
            }
        }
        return null;
    }
}
