package com.perflab.mall.search.elasticsearch;

import co.elastic.clients.transport.Endpoint;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Each call of the Elasticsearch Java client as a Micrometer observation: a span in the request's trace
 * (named after the API: {@code es/search}, {@code es/bulk}) where tracing is on, and the timer
 * {@code elasticsearch.client.requests} tagged by API and outcome everywhere. The client's own
 * instrumentation speaks OpenTelemetry only, which this project does not run.
 */
final class ObservedElasticsearch implements Instrumentation {

    static final String NAME = "elasticsearch.client.requests";

    private final ObservationRegistry registry;

    ObservedElasticsearch(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public <R> Context newContext(R request, Endpoint<R, ?, ?> endpoint) {
        Observation observation = Observation.createNotStarted(NAME, registry)
                .contextualName(endpoint.id())
                .lowCardinalityKeyValue("api", endpoint.id())
                .lowCardinalityKeyValue("outcome", "UNKNOWN")
                .start();
        return new ObservedCall(observation);
    }

    private record ObservedCall(Observation observation) implements Context {

        @Override
        public ThreadScope makeCurrent() {
            Observation.Scope scope = observation.openScope();
            return scope::close;
        }

        @Override
        public void beforeSendingHttpRequest(TransportHttpClient.Request request, TransportOptions options) {
            observation.highCardinalityKeyValue(KeyValue.of("http.url", request.method() + " " + request.path()));
        }

        @Override
        public void afterReceivingHttpResponse(TransportHttpClient.Response response) {
            observation.lowCardinalityKeyValue("outcome", response.statusCode() < 400 ? "SUCCESS" : "ERROR");
        }

        @Override
        public <T> void afterDecodingApiResponse(T response) {
            // the status above says it all
        }

        @Override
        public void recordException(Throwable error) {
            observation.lowCardinalityKeyValue("outcome", "ERROR");
            observation.error(error);
        }

        @Override
        public void close() {
            observation.stop();
        }
    }
}
