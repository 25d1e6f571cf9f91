package com.perflab.mall.common.logging;

import static org.assertj.core.api.Assertions.assertThat;

import brave.Tracing;
import brave.handler.SpanHandler;
import brave.propagation.ThreadLocalCurrentTraceContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which tracer's id a log line carries: Micrometer's inside its spans, the SkyWalking agent's otherwise. */
class TraceIdSourceTest {

    private final Tracing tracing = Tracing.newBuilder()
            .currentTraceContext(ThreadLocalCurrentTraceContext.create()).addSpanHandler(new SpanHandler() { }).build();
    private final Tracer tracer = new BraveTracer(tracing.tracer(),
            new BraveCurrentTraceContext(tracing.currentTraceContext()), new BraveBaggageManager());

    @AfterEach
    void close() {
        tracing.close();
    }

    @Test
    void insideASpanTheLineCarriesItsTraceIdAndOutsideTheAgentsAnswer() {
        Supplier<String> ids = TraceIdLoggingAutoConfiguration.traceIds(tracer, () -> "agent-id");

        Span span = tracer.nextSpan().name("request").start();
        String inside;
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            inside = ids.get();
        } finally {
            span.end();
        }

        assertThat(inside).isEqualTo(span.context().traceId()).isNotBlank().isNotEqualTo("agent-id");
        assertThat(ids.get()).isEqualTo("agent-id");
    }

    @Test
    void withoutAnExportingTracerOnlyTheAgentIsAsked() {
        Supplier<String> ids = TraceIdLoggingAutoConfiguration.traceIds(null, () -> "agent-id");

        Span span = tracer.nextSpan().name("request").start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            assertThat(ids.get()).isEqualTo("agent-id");
        } finally {
            span.end();
        }
    }
}
