package com.perflab.mall.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real gateway in front of a service that is down (a closed port) and one that answers too late (a
 * backend sleeping past the response timeout): clients get 503 and 504 in the envelope, not Spring's
 * error JSON, and the gateway itself stays responsive.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.gateway.server.webflux.httpclient.response-timeout=400ms")
class GatewayErrorsTest {

    static final HttpServer SLOW_BACKEND = startSlowBackend();
    static final int CLOSED_PORT = freePort();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpServer startSlowBackend() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                try {
                    Thread.sleep(3000);
                    exchange.sendResponseHeaders(200, -1);
                } catch (InterruptedException | IOException ignored) {
                    // the gateway gave up long ago
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void routes(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.mall-member[0].uri",
                () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("spring.cloud.discovery.client.simple.instances.mall-portal[0].uri",
                () -> "http://127.0.0.1:" + SLOW_BACKEND.getAddress().getPort());
    }

    @AfterAll
    static void stop() {
        SLOW_BACKEND.stop(0);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aServiceThatIsDownAnswers503InTheEnvelope() throws Exception {
        HttpResponse<String> reply = get("/mall-member/sso/getAuthCode?telephone=13800000000");

        assertThat(reply.statusCode()).isEqualTo(503);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(reply.body()).startsWith("{\"code\":503,").contains("mall-member").contains("\"data\":null");
    }

    @Test
    void aServiceThatAnswersTooLateAnswers504InTheEnvelope() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> reply = get("/mall-portal/home/content");
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(reply.statusCode()).isEqualTo(504);
        assertThat(reply.body()).startsWith("{\"code\":504,").contains("mall-portal");
        assertThat(tookMs).as("the response timeout, not the backend's 3 s").isLessThan(2500);
    }

    @Test
    void aPathWithoutRouteAnswers404InTheEnvelope() throws Exception {
        HttpResponse<String> reply = get("/no-such-service/anything");

        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(reply.body()).startsWith("{\"code\":404,");
    }
}
