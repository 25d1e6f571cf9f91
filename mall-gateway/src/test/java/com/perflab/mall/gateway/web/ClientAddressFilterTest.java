package com.perflab.mall.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.gateway.StubBackends;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What the services are told about the client's address, through the real gateway. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClientAddressFilterTest {

    static final Map<String, String> SEEN = new ConcurrentHashMap<>();
    static final HttpServer BACKEND = StubBackends.answeringOk(exchange ->
            SEEN.put(exchange.getRequestURI().getPath(), String.valueOf(exchange.getRequestHeaders().get("X-Real-IP"))));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void routeEveryServiceToTheBackend(DynamicPropertyRegistry registry) {
        for (String service : List.of("mall-member", "mall-cart", "mall-portal", "mall-search", "mall-admin")) {
            registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri",
                    () -> StubBackends.uri(BACKEND));
        }
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.stop(0);
    }

    @Test
    void aClientCannotChooseTheAddressTheServicesSee() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + port + "/mall-member/sso/getAuthCode?telephone=13800000000"))
                .header("X-Forwarded-For", "203.0.113.77").header("X-Real-IP", "203.0.113.78").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(SEEN.get("/sso/getAuthCode")).isEqualTo("[127.0.0.1]");
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedHopIsTheClient() {
        ClientAddressFilter cluster = new ClientAddressFilter("10\\.\\d+\\.\\d+\\.\\d+");
        assertThat(cluster.clientOf("10.1.2.3", List.of("203.0.113.5, 198.51.100.9, 10.9.9.9"))).isEqualTo("198.51.100.9");
        assertThat(cluster.clientOf("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
        assertThat(cluster.clientOf("198.51.100.1", List.of("203.0.113.5"))).as("not a trusted peer").isEqualTo("198.51.100.1");
        assertThat(new ClientAddressFilter("").clientOf("127.0.0.1", List.of("203.0.113.5"))).isEqualTo("127.0.0.1");
    }
}
