package com.perflab.mall.common.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.common.test.Concurrently;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StoreBreakerTest {

    final AtomicLong now = new AtomicLong(1_000);
    final StoreBreaker breaker = new StoreBreaker("test cache", Duration.ofNanos(100), now::get);

    @Test
    void closedUntilAFailureThenOneTryPerInterval() {
        assertThat(breaker.allows()).isTrue();
        breaker.failed("get", new IllegalStateException("timeout"));
        assertThat(breaker.allows()).isFalse();
        now.addAndGet(99);
        assertThat(breaker.allows()).isFalse();
        now.addAndGet(1);
        assertThat(breaker.allows()).as("the first call after the interval tries Redis").isTrue();
        assertThat(breaker.allows()).as("only one of them").isFalse();
        breaker.failed("get", new IllegalStateException("timeout"));
        now.addAndGet(100);
        assertThat(breaker.allows()).isTrue();
        breaker.succeeded();
        assertThat(breaker.isOpen()).isFalse();
        assertThat(breaker.allows()).isTrue();
        assertThat(breaker.allows()).isTrue();
    }

    @Test
    void concurrentRequestsAfterTheIntervalSendExactlyOneTry() throws Exception {
        breaker.failed("get", new IllegalStateException("refused"));
        now.addAndGet(100);
        List<Boolean> allowed = Concurrently.run(8, breaker::allows);
        assertThat(allowed).containsOnlyOnce(true);
    }
}
