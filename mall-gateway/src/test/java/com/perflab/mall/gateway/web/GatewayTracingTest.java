package com.perflab.mall.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 18, the gateway with local tracing on (as after ./mall up, every request sampled here): the service behind
 * it receives the request's trace (its traceparent names a span of the gateway as parent, not the client's), a
 * client's "do not sample" decision travels on, and the gateway's own log line about a request carries the
 * request's trace id. Spans are sent to a closed port: nothing listens, nothing is kept.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "MALL_TRACING_ENABLED=true", // what the launcher sets: export, and the gateway's route observation
        "management.tracing.sampling.probability=1.0"})
class GatewayTracingTest {

    static final BlockingQueue<String> RECEIVED = new LinkedBlockingQueue<>();
    static final HttpServer BACKEND = startBackend();
    static final int CLOSED_PORT = GatewayErrorsTest.freePort();
    static final SecureRandom RANDOM = new SecureRandom();

    @LocalServerPort
    int port;

    /** Answers 200 and keeps the traceparent each request brought ("none" without one). */
    static HttpServer startBackend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String traceparent = exchange.getRequestHeaders().getFirst("traceparent");
                RECEIVED.add(traceparent == null ? "none" : traceparent);
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.mall-portal[0].uri",
                () -> "http://127.0.0.1:" + BACKEND.getAddress().getPort());
        registry.add("spring.cloud.discovery.client.simple.instances.mall-member[0].uri",
                () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("management.tracing.export.zipkin.endpoint",
                () -> "http://127.0.0.1:" + GatewayErrorsTest.freePort() + "/api/v2/spans");
    }

    @AfterAll
    static void stop() {
        BACKEND.stop(0);
    }

    @BeforeEach
    void forgetEarlierRequests() {
        RECEIVED.clear();
    }

    @Test
    void theServiceBehindContinuesTheClientsTraceAsTheChildOfAGatewaySpan() throws Exception {
        String traceId = hex(16);
        String clientSpan = hex(8);

        assertThat(get("/mall-portal/home/content", "00-" + traceId + "-" + clientSpan + "-01").statusCode())
                .isEqualTo(200);

        String received = RECEIVED.poll(10, TimeUnit.SECONDS);
        assertThat(received).as("the traceparent mall-portal received")
                .matches("00-" + traceId + "-[0-9a-f]{16}-01")
                .doesNotContain(clientSpan);
    }

    @Test
    void aRequestWithoutTraceStartsOneAndAnUnsampledOneStaysUnsampled() throws Exception {
        assertThat(get("/mall-portal/home/content", null).statusCode()).isEqualTo(200);
        assertThat(RECEIVED.poll(10, TimeUnit.SECONDS)).as("a new, sampled trace")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");

        String traceId = hex(16);
        assertThat(get("/mall-portal/home/content", "00-" + traceId + "-" + hex(8) + "-00").statusCode())
                .isEqualTo(200);
        assertThat(RECEIVED.poll(10, TimeUnit.SECONDS)).as("the client's decision not to sample")
                .matches("00-" + traceId + "-[0-9a-f]{16}-00");
    }

    @Test
    void theLineAboutAServiceThatIsDownCarriesTheRequestsTraceId(CapturedOutput output) throws Exception {
        String traceId = hex(16);

        HttpResponse<String> reply = get("/mall-member/sso/getAuthCode?telephone=13800000000",
                "00-" + traceId + "-" + hex(8) + "-01");

        assertThat(reply.statusCode()).isEqualTo(503);
        // logged on a reactive thread, where no span is current unless the gateway puts the request's in scope
        assertThat(output.getAll()).as("the gateway's warning about the 503")
                .containsPattern("WARN \\[" + traceId + "\\].*503 on /mall-member/sso/getAuthCode");
    }

    private HttpResponse<String> get(String path, String traceparent) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
