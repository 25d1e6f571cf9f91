package com.perflab.mall.common.tx;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.resilience.annotation.Retryable;

/**
 * Runs a {@code @Transactional} service method again when the database chose its transaction as a deadlock
 * victim or its lock wait ran out ({@link PessimisticLockingFailureException}). The victim's transaction was
 * rolled back and changed nothing, so a new attempt is safe: its conditional UPDATEs then see the winner's
 * result and answer as for any lost race (409). The one place of the lock retry settings:
 * {@code mall.lock-retry.max-retries} (2, so 3 attempts) and {@code mall.lock-retry.delay} (50 ms, plus up to
 * 25 ms jitter, so two victims do not meet again at once).
 *
 * <p>Spring Framework's {@link Retryable}, enabled by {@link LockRetryAutoConfiguration}: its advisor joins the
 * bean's existing proxy <em>in front of</em> the transaction interceptor, so each attempt is a new transaction
 * (a retry inside the rolled-back one would be useless). The method must be called through the proxy.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(includes = PessimisticLockingFailureException.class,
        maxRetriesString = "${mall.lock-retry.max-retries:2}",
        delayString = "${mall.lock-retry.delay:50ms}",
        jitterString = "${mall.lock-retry.jitter:25ms}")
public @interface LockRetry {
}
