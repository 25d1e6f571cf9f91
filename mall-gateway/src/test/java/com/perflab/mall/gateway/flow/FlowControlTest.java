package com.perflab.mall.gateway.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.gateway.StubBackends;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Traffic over a Sentinel rule through the real gateway: a burst over 3 QPS on the home API gets 429s in
 * the envelope while other routes pass, the next second lets requests through again, and editing the
 * rules file lifts the limit without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mall.gateway.flow.apis.home=/mall-portal/home/**")
class FlowControlTest {

    static final HttpServer BACKEND = startBackend();
    static final Path RULES = writeRules(3);

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    static HttpServer startBackend() {
        return StubBackends.answeringOk(exchange -> { });
    }

    static Path writeRules(int homeQps) {
        try {
            Path file = RULES == null ? Files.createTempFile("gateway-flow-rules", ".json") : RULES;
            Files.writeString(file, "[{\"resource\":\"home\",\"grade\":1,\"count\":" + homeQps + "}]");
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String uri = "http://127.0.0.1:" + BACKEND.getAddress().getPort();
        registry.add("spring.cloud.discovery.client.simple.instances.mall-portal[0].uri", () -> uri);
        registry.add("spring.cloud.discovery.client.simple.instances.mall-member[0].uri", () -> uri);
        registry.add("mall.gateway.flow.rules-file", RULES::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        BACKEND.stop(0);
        Files.deleteIfExists(RULES);
    }

    /** Sends n requests at once and returns the replies. */
    private List<HttpResponse<String>> burst(String path, int n) {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sent.add(http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }

    private static long count(List<HttpResponse<String>> replies, int status) {
        return replies.stream().filter(r -> r.statusCode() == status).count();
    }

    @Test
    void aBurstOverTheRuleIsRefusedWith429ThenTrafficRecoversAndAnEditedRuleAppliesLive() throws Exception {
        long started = System.nanoTime();
        List<HttpResponse<String>> replies = burst("/mall-portal/home/content", 20);
        // 3 per second in each one-second window the burst touched (on a loaded machine a burst of 20 can take
        // several seconds to send); some were refused whatever the load
        long windows = (System.nanoTime() - started) / 1_000_000_000L + 2;
        assertThat(count(replies, 200)).isBetween(1L, Math.min(3 * windows, 19));
        assertThat(count(replies, 429)).isEqualTo(20 - count(replies, 200));
        HttpResponse<String> refused = replies.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.body()).startsWith("{\"code\":429,");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(count(burst("/mall-member/sso/getAuthCode?telephone=13800000000", 10), 200))
                .as("other APIs of other routes are not limited by the home rule").isEqualTo(10);

        Thread.sleep(1100);
        assertThat(burst("/mall-portal/home/content", 1).get(0).statusCode()).as("recovered").isEqualTo(200);

        writeRules(10_000);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        long ok;
        do {
            Thread.sleep(500);
            ok = count(burst("/mall-portal/home/content", 20), 200);
        } while (ok < 20 && Instant.now().isBefore(deadline));
        assertThat(ok).as("the rules file is re-read without a restart").isEqualTo(20);
    }

    @Test
    void invalidRulesAreRefusedAndKeepNothingHalfApplied() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FlowRulesSource.parse(
                        tools.jackson.databind.json.JsonMapper.builder().build(), "[{\"resource\":"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid Sentinel gateway flow rules");
        assertThat(FlowRulesSource.parse(tools.jackson.databind.json.JsonMapper.builder().build(),
                "[{\"resource\":\"login\",\"grade\":1,\"count\":5}]"))
                .singleElement().satisfies(rule -> {
                    assertThat(rule.getResource()).isEqualTo("login");
                    assertThat(rule.getCount()).isEqualTo(5.0);
                    assertThat(rule.getLimitApp()).isEqualTo("default");
                });
    }
}
