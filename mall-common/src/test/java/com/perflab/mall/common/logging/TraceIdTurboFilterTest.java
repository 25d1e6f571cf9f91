package com.perflab.mall.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class TraceIdTurboFilterTest {

    @Test
    void eachLineCarriesTheTraceIdOfItsMomentAndNoneWithoutATrace() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(org.slf4j.MDC.getMDCAdapter());
        AtomicReference<String> current = new AtomicReference<>("");
        TraceIdTurboFilter filter = new TraceIdTurboFilter(current::get);
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);
        // the MDC of an event is read when an appender uses it: take it at append time, as real appenders do
        ListAppender<ILoggingEvent> lines = new ListAppender<>() {
            @Override
            protected void append(ILoggingEvent event) {
                event.prepareForDeferredProcessing();
                super.append(event);
            }
        };
        lines.setContext(context);
        lines.start();
        Logger logger = context.getLogger("probe");
        logger.addAppender(lines);

        current.set("a1b2c3.41.17000000000000001");
        logger.info("in a traced request");
        current.set("");
        logger.info("outside any trace");
        current.set("N/A");
        logger.info("agent present, no active span");

        assertThat(lines.list.get(0).getMDCPropertyMap()).containsEntry("trace.id", "a1b2c3.41.17000000000000001");
        assertThat(lines.list.get(1).getMDCPropertyMap()).doesNotContainKey("trace.id");
        assertThat(lines.list.get(2).getMDCPropertyMap()).doesNotContainKey("trace.id");
    }

    @Test
    void aLevelThatIsOffAsksForNoTraceId() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(org.slf4j.MDC.getMDCAdapter());
        AtomicInteger asked = new AtomicInteger();
        TraceIdTurboFilter filter = new TraceIdTurboFilter(() -> {
            asked.incrementAndGet();
            return "t1";
        });
        filter.setContext(context);
        filter.start();
        context.addTurboFilter(filter);
        Logger logger = context.getLogger("probe");
        logger.setLevel(Level.INFO);

        assertThat(logger.isDebugEnabled()).isFalse();
        logger.debug("not written");
        assertThat(asked).hasValue(0);
        assertThat(logger.isInfoEnabled()).isTrue();
        assertThat(asked).hasValue(1);
    }
}
