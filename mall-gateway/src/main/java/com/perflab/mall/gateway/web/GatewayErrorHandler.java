package com.perflab.mall.gateway.web;

import com.perflab.mall.common.api.ErrorCode;
import io.micrometer.observation.Observation;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import java.net.ConnectException;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Failures of the gateway itself, in the envelope instead of Spring's error JSON: no instance or connection
 * refused -> 503, the service did not answer within the response timeout -> 504, anything the framework
 * answers with a status (404 no route, 405, 413 ...) keeps it. Runs before Boot's default handler (order -1).
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final EnvelopeReplies replies;

    GatewayErrorHandler(EnvelopeReplies replies) {
        this.replies = replies;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        ErrorCode code = classify(ex);
        String path = exchange.getRequest().getPath().value();
        String message = switch (code) {
            case SERVICE_UNAVAILABLE -> "服务暂不可用，请稍后再试（" + serviceOf(path) + "）";
            case GATEWAY_TIMEOUT -> "服务响应超时（" + serviceOf(path) + "）";
            default -> code.message();
        };
        return Mono.deferContextual(context -> {
            inRequestObservation(context, () -> {
                if (code == ErrorCode.FAILED) {
                    log.error("gateway failure on {}", path, ex);
                } else if (code == ErrorCode.SERVICE_UNAVAILABLE || code == ErrorCode.GATEWAY_TIMEOUT) {
                    log.warn("{} on {}: {}", code.httpStatus(), path, ex.toString());
                }
            });
            return replies.write(exchange, code, message);
        });
    }

    /**
     * Runs LOGGING inside the request's server observation, which WebFlux keeps in the Reactor context: a reactive
     * thread has no current span of its own, so this is what puts the request's trace id on the line
     * (TraceIdTurboFilter). Cheaper than context propagation on every operator, for the one place that logs per
     * request.
     */
    private static void inRequestObservation(ContextView context, Runnable logging) {
        Observation observation = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
        if (observation == null) {
            logging.run();
            return;
        }
        try (Observation.Scope scope = observation.openScope()) {
            logging.run();
        }
    }

    static ErrorCode classify(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException || t instanceof ConnectException) {
                return ErrorCode.SERVICE_UNAVAILABLE;
            }
            if (t instanceof TimeoutException) {
                return ErrorCode.GATEWAY_TIMEOUT;
            }
        }
        if (ex instanceof ResponseStatusException status) {
            int value = status.getStatusCode().value();
            return Arrays.stream(ErrorCode.values()).filter(c -> c.httpStatus() == value && c != ErrorCode.SUCCESS)
                    .findFirst().orElse(value >= 500 ? ErrorCode.FAILED : ErrorCode.VALIDATE_FAILED);
        }
        return ErrorCode.FAILED;
    }

    /** {@code /mall-portal/home/content} -> {@code mall-portal}: which service a client should report. */
    static String serviceOf(String path) {
        String[] parts = path.split("/", 3);
        return parts.length > 1 && !parts[1].isEmpty() ? parts[1] : "gateway";
    }
}
