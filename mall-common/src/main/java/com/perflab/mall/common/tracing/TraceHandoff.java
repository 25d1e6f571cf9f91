package com.perflab.mall.common.tracing;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands the current trace to work that runs later elsewhere, across a store: an outbox row keeps the W3C
 * {@code traceparent} of the change that wrote it ({@link #current()}), and the relay that sends the row much
 * later does so inside an observation that continues that trace ({@link #continueTrace}), so the message, and
 * its consumers, are in the change's trace. Where traces are not exported (the cluster, where the SkyWalking
 * agent traces, or tracing switched off) {@link #current()} is null and nothing is continued.
 */
public final class TraceHandoff {

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;
    private final ObservationRegistry observations;

    public TraceHandoff(Tracer tracer, Propagator propagator, ObservationRegistry observations) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.observations = observations;
    }

    /** The current trace as a W3C traceparent, or null (no current span, or nothing exported). */
    public String current() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        propagator.inject(span.context(), headers, Map::put);
        return headers.get(TRACEPARENT);
    }

    /**
     * Runs {@code work} in an observation named {@code name} whose parent is the trace {@code traceParent}
     * names; without one, just runs it.
     */
    public void continueTrace(String traceParent, String name, Runnable work) {
        if (traceParent == null || traceParent.isBlank()) {
            work.run();
            return;
        }
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>((carrier, key) -> carrier.get(key));
        context.setCarrier(Map.of(TRACEPARENT, traceParent));
        Observation.createNotStarted(name, () -> context, observations).observe(work);
    }
}
