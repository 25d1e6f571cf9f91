package com.perflab.mall.gateway.web;

import com.perflab.mall.common.api.ApiResponse;
import com.perflab.mall.common.api.ErrorCode;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's own replies (refused, service down, too slow) in the envelope every service uses. */
@Component
public class EnvelopeReplies {

    private final JsonMapper json;

    EnvelopeReplies(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ErrorCode code, String message) {
        ServerHttpResponse response = exchange.getResponse();
        response.setRawStatusCode(code.httpStatus());
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(ApiResponse.failed(code, message)));
        return response.writeWith(Mono.just(body));
    }
}
