package com.perflab.mall.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.common.api.ErrorCode;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class GatewayErrorClassificationTest {

    @Test
    void causesDecideTheStatus() {
        assertThat(GatewayErrorHandler.classify(new IllegalStateException("wrapped", new ConnectException("refused"))))
                .isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(GatewayErrorHandler.classify(new RuntimeException(new TimeoutException("slow"))))
                .isEqualTo(ErrorCode.GATEWAY_TIMEOUT);
        assertThat(GatewayErrorHandler.classify(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED)))
                .isEqualTo(ErrorCode.METHOD_NOT_ALLOWED);
        assertThat(GatewayErrorHandler.classify(new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE)))
                .isEqualTo(ErrorCode.VALIDATE_FAILED);
        assertThat(GatewayErrorHandler.classify(new IllegalStateException("bug"))).isEqualTo(ErrorCode.FAILED);
    }

    @Test
    void theServiceIsTheFirstPathSegment() {
        assertThat(GatewayErrorHandler.serviceOf("/mall-portal/home/content")).isEqualTo("mall-portal");
        assertThat(GatewayErrorHandler.serviceOf("/")).isEqualTo("gateway");
    }
}
