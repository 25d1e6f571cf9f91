package com.perflab.mall.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 18: with local tracing on (as after ./mall up), the gateway's own log line about a request carries that
 * request's trace id, as the servlet services' lines do. The line comes from a reactive thread, where no span is
 * current unless the gateway puts the request's observation in scope. The request brings a traceparent of the
 * test's choosing, so the id to look for is known; spans go to a closed port (nothing listens, nothing is kept).
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.tracing.export.enabled=true",
        "management.tracing.sampling.probability=1.0"})
class GatewayLogTraceIdTest {

    static final int CLOSED_PORT = GatewayErrorsTest.freePort();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.mall-member[0].uri",
                () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("management.tracing.export.zipkin.endpoint",
                () -> "http://127.0.0.1:" + GatewayErrorsTest.freePort() + "/api/v2/spans");
    }

    @Test
    void theLineAboutAServiceThatIsDownCarriesTheRequestsTraceId(CapturedOutput output) throws Exception {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String traceId = HexFormat.of().formatHex(random, 0, 16);
        String parentId = HexFormat.of().formatHex(random, 16, 24);

        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/mall-member/sso/getAuthCode?telephone=13800000000"))
                .header("traceparent", "00-" + traceId + "-" + parentId + "-01")
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(503);
        assertThat(output.getAll()).as("the gateway's warning about the 503")
                .containsPattern("WARN \\[" + traceId + "\\].*503 on /mall-member/sso/getAuthCode");
    }
}
