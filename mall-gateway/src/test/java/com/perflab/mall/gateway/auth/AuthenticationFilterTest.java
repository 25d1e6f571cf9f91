package com.perflab.mall.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.IdentityHeaders;
import com.perflab.mall.common.auth.IdentityProof;
import com.perflab.mall.common.auth.JwtTokens;
import com.perflab.mall.gateway.StubBackends;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real gateway (routes, StripPrefix, the authentication filter) in front of a recording HTTP backend
 * that stands in for the services, so the test sees exactly which requests and headers get through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthenticationFilterTest {

    static final HttpServer BACKEND = startBackend();
    static final Map<String, Map<String, String>> RECEIVED = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JwtTokens tokens;

    @Autowired
    IdentityProof proof;

    final HttpClient http = HttpClient.newHttpClient();

    static HttpServer startBackend() {
        return StubBackends.answeringOk(exchange -> {
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            RECEIVED.put(exchange.getRequestURI().getPath(), headers);
        });
    }

    @DynamicPropertySource
    static void routeEveryServiceToTheBackend(DynamicPropertyRegistry registry) {
        String uri = "http://127.0.0.1:" + BACKEND.getAddress().getPort();
        for (String service : List.of("mall-member", "mall-cart", "mall-portal", "mall-search", "mall-admin")) {
            registry.add("spring.cloud.discovery.client.simple.instances." + service + "[0].uri", () -> uri);
        }
    }

    @AfterAll
    static void stopBackend() {
        BACKEND.stop(0);
    }

    @BeforeEach
    void forget() {
        RECEIVED.clear();
    }

    @Test
    void publicPathPassesWithoutTokenAndLosesSpoofedIdentity() throws Exception {
        HttpResponse<String> reply = get("/mall-portal/home/content", Map.of(
                IdentityHeaders.USER_ID, "1", IdentityHeaders.USER_TYPE, "ADMIN", "x-mall-roles", "超级管理员"));
        assertThat(reply.statusCode()).isEqualTo(200);
        Map<String, String> seen = RECEIVED.get("/home/content");
        assertThat(seen).as("prefix stripped, request forwarded").isNotNull();
        assertThat(seen.keySet()).noneMatch(IdentityHeaders::isIdentityHeader);
    }

    @Test
    void protectedPathWithoutTokenIs401InTheEnvelopeAndNeverForwarded() throws Exception {
        HttpResponse<String> reply = get("/mall-member/sso/info", Map.of());
        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.body()).contains("\"code\":401");
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void forgedOrGarbageTokenIs401() throws Exception {
        String[] parts = tokens.issue(AuthenticatedUser.member(1, "test")).split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThat(get("/mall-member/sso/info", Map.of("Authorization", "Bearer " + otherSignature)).statusCode()).isEqualTo(401);
        assertThat(get("/mall-member/sso/info", Map.of("Authorization", "Bearer abc.def.ghi")).statusCode()).isEqualTo(401);
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void validTokenReachesTheServiceWithTheGatewaysIdentityNotTheClients() throws Exception {
        String token = tokens.issue(AuthenticatedUser.member(42, "小明"));
        HttpResponse<String> reply = get("/mall-member/sso/info", Map.of("Authorization", "Bearer " + token,
                IdentityHeaders.USER_ID, "1"));
        assertThat(reply.statusCode()).isEqualTo(200);
        Map<String, String> seen = RECEIVED.get("/sso/info");
        assertThat(proof.verify(name -> seen.get(name.toLowerCase())))
                .isEqualTo(AuthenticatedUser.member(42, "小明"));
    }

    @Test
    void memberTokenOnAdminPathsIs403AndAdminTokenPasses() throws Exception {
        String member = tokens.issue(AuthenticatedUser.member(42, "test"));
        assertThat(get("/mall-admin/order/list", Map.of("Authorization", "Bearer " + member)).statusCode()).isEqualTo(403);
        assertThat(RECEIVED).isEmpty();

        String admin = tokens.issue(AuthenticatedUser.admin(1, "admin", List.of("超级管理员")));
        assertThat(get("/mall-admin/order/list", Map.of("Authorization", "Bearer " + admin)).statusCode()).isEqualTo(200);
        assertThat(RECEIVED).containsKey("/order/list");
    }

    @Test
    void adminLoginIsPublic() throws Exception {
        assertThat(get("/mall-admin/admin/login", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void managementAndInternalEndpointsAreBlockedButHealthIsPublic() throws Exception {
        String admin = "Bearer " + tokens.issue(AuthenticatedUser.admin(1, "admin", List.of("超级管理员")));
        assertThat(get("/mall-portal/actuator/env", Map.of("Authorization", admin)).statusCode()).isEqualTo(404);
        assertThat(get("/mall-portal/actuator/prometheus", Map.of()).statusCode()).isEqualTo(404);
        assertThat(get("/mall-cart/internal/anything", Map.of("Authorization", admin)).statusCode()).isEqualTo(404);
        assertThat(RECEIVED).isEmpty();
        assertThat(get("/mall-portal/actuator/health", Map.of()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach((name, value) -> request.header(name, value.chars().allMatch(c -> c < 128)
                ? value : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
