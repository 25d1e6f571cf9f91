package com.perflab.mall.common.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import brave.Tracing;
import brave.handler.SpanHandler;
import brave.propagation.ThreadLocalCurrentTraceContext;
import io.micrometer.observation.ObservationHandler.FirstMatchingCompositeObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.brave.bridge.BraveBaggageManager;
import io.micrometer.tracing.brave.bridge.BraveCurrentTraceContext;
import io.micrometer.tracing.brave.bridge.BravePropagator;
import io.micrometer.tracing.brave.bridge.BraveTracer;
import io.micrometer.tracing.brave.bridge.W3CPropagation;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingReceiverTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A trace kept as text (an outbox row) and continued later, on another thread, by the work it names. */
class TraceHandoffTest {

    // W3C traceparent, as Boot configures Brave (Brave's own default is B3)
    private final Tracing tracing = Tracing.newBuilder().propagationFactory(new W3CPropagation()).traceId128Bit(true)
            .currentTraceContext(ThreadLocalCurrentTraceContext.create()).addSpanHandler(new SpanHandler() { }).build();
    private final Tracer tracer = new BraveTracer(tracing.tracer(),
            new BraveCurrentTraceContext(tracing.currentTraceContext()), new BraveBaggageManager());
    private final Propagator propagator = new BravePropagator(tracing);
    private final ObservationRegistry observations = ObservationRegistry.create();
    private final TraceHandoff handoff = new TraceHandoff(tracer, propagator, observations);

    TraceHandoffTest() {
        // the first handler that supports a context handles it, as in Boot's tracing configuration
        observations.observationConfig().observationHandler(new FirstMatchingCompositeObservationHandler(
                new PropagatingReceiverTracingObservationHandler<>(tracer, propagator),
                new DefaultTracingObservationHandler(tracer)));
    }

    @AfterEach
    void close() {
        tracing.close();
    }

    @Test
    void theKeptTraceIsContinuedByTheLaterWorkOnAnotherThread() throws Exception {
        Span change = tracer.nextSpan().name("admin request").start();
        String kept;
        try (Tracer.SpanInScope scope = tracer.withSpan(change)) {
            kept = handoff.current();
        } finally {
            change.end();
        }
        assertThat(kept).isNotNull().contains(change.context().traceId());

        AtomicReference<String> traceOfTheWork = new AtomicReference<>();
        Thread relay = new Thread(() -> handoff.continueTrace(kept, "relay",
                () -> traceOfTheWork.set(tracer.currentSpan().context().traceId())));
        relay.start();
        relay.join();

        assertThat(traceOfTheWork.get()).isEqualTo(change.context().traceId());
    }

    @Test
    void withoutACurrentTraceNothingIsKeptAndTheWorkJustRuns() {
        assertThat(handoff.current()).isNull();
        AtomicReference<Span> spanOfTheWork = new AtomicReference<>();
        handoff.continueTrace(null, "relay", () -> spanOfTheWork.set(tracer.currentSpan()));
        assertThat(spanOfTheWork.get()).isNull();
    }
}
