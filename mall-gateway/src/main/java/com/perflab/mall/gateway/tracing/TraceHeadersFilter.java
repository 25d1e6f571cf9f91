package com.perflab.mall.gateway.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * Hands each request's trace on to the service behind the gateway: the trace headers (W3C traceparent) of the
 * gateway's own server span, written into the proxied request in place of whatever the client sent. Spring Cloud
 * Gateway's way, the observation of every proxied call, does the same by opening a client span with a timer for
 * each request; the service's span is then the child of the gateway's server span instead, one span fewer.
 */
final class TraceHeadersFilter implements HttpHeadersFilter, Ordered {

    private final Propagator propagator;

    TraceHeadersFilter(Propagator propagator) {
        this.propagator = propagator;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Span span = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingContext>get(TracingContext.class))
                .map(TracingContext::getSpan)
                .orElse(null);
        if (span == null) {
            return input;
        }
        HttpHeaders headers = HttpHeaders.copyOf(input);
        propagator.inject(span.context(), headers, HttpHeaders::set);
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the forwarding filters: the last word on the trace headers
    }
}
