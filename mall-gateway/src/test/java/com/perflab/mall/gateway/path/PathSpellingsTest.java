package com.perflab.mall.gateway.path;

import static org.assertj.core.api.Assertions.assertThat;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.auth.JwtTokens;
import com.perflab.mall.gateway.RawHttp;
import com.perflab.mall.gateway.StubBackends;
import com.sun.net.httpserver.HttpServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many spellings of the blocked endpoints of every routed service, sent as raw request lines to the real
 * gateway in front of a recording stub backend: none may reach the backend, every answer is 400 (refused
 * spelling), 401, 403 or 404 (blocked or no route), never 2xx and never 5xx. Sentinel is off so that a
 * burst of probes is never answered 429.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mall.gateway.flow.enabled=false")
class PathSpellingsTest {

    static final List<String> SERVICES = List.of("mall-member", "mall-cart", "mall-portal", "mall-search", "mall-admin");
    static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    static final HttpServer BACKEND = StubBackends.answeringOk(e -> RECEIVED.add(e.getRequestURI().getRawPath()));

    /** Blocked targets: first segment, rest. */
    static final List<List<String>> TARGETS = List.of(
            List.of("actuator", "prometheus"),
            List.of("actuator", "env"),
            List.of("internal", "skus"),
            List.of("internal", "promotions/quote"));

    /**
     * Spellings of {@code /{s}/{a}/{b}} (service, first segment, rest) and the status expected: 404 where the
     * gateway resolves the spelling to the blocked path (or to no route), 400 where it refuses it.
     * {@code {a%}} is {a} with its first letter percent-encoded, {@code {A}} upper case, {@code {Aa}} capitalised.
     */
    static final List<Spelling> SPELLINGS = List.of(
            new Spelling("/{s}/{a}/{b}", 404),
            new Spelling("/{s}//{a}/{b}", 404),
            new Spelling("//{s}/{a}/{b}", 404),
            new Spelling("/{s}/{a}//{b}", 404),
            new Spelling("/{s}///{a}///{b}", 404),
            new Spelling("/{s}/{a}/{b}/", 404),
            new Spelling("/{s}/{a}/{b}//", 404),
            new Spelling("/{s}/{a}/{b}?x=1", 404),
            new Spelling("/{s}/{a}/{b}#top", 404),
            new Spelling("/{s}/{a%}/{b}", 404),
            new Spelling("/{s%}/{a}/{b}", 404),
            new Spelling("/{s}/{a}/{b}%20", 404),
            new Spelling("/{S}/{a}/{b}", 404),
            new Spelling("/{s}/{A}/{B}", 404),
            new Spelling("/{s}/{Aa}/{b}", 404),
            new Spelling("/{s}//{A}//{b}/", 404),
            new Spelling("/{s}/./{a}/{b}", 400),
            new Spelling("/{s}/{a}/./{b}", 400),
            new Spelling("/{s}/x/../{a}/{b}", 400),
            new Spelling("/{s}/{a}/health/../{b}", 400),
            new Spelling("/{s}/actuator/health/../../{a}/{b}", 400),
            new Spelling("/x/../{s}/{a}/{b}", 400),
            new Spelling("/{s}/{a}/{b}/.", 400),
            new Spelling("/{s}/{a}/{b}/..", 400),
            new Spelling("/{s}/%2e/{a}/{b}", 400),
            new Spelling("/{s}/x/%2e%2e/{a}/{b}", 400),
            new Spelling("/{s}/x/%2E%2E/{a}/{b}", 400),
            new Spelling("/{s}/x/.%2e/{a}/{b}", 400),
            new Spelling("/{s}/actuator/health/%2e%2e%2f{b}", 400),
            new Spelling("/{s}/actuator/health/..;/{a}/{b}", 400),
            new Spelling("/{s}%2f{a}/{b}", 400),
            new Spelling("/{s}/{a}%2f{b}", 400),
            new Spelling("/{s}/{a}%2F{b}", 400),
            new Spelling("/{s}/{a}%5c{b}", 400),
            new Spelling("/{s}/{a}%5C{b}", 400),
            new Spelling("/{s}\\{a}\\{b}", 400),
            new Spelling("/{s}/{a}\\{b}", 400),
            new Spelling("/{s}/{a};x/{b}", 400),
            new Spelling("/{s};x/{a}/{b}", 400),
            new Spelling("/{s}/{a}/{b};jsessionid=ABC", 400),
            new Spelling("/{s}/{a}%3b/{b}", 400),
            new Spelling("/{s}/{a}/{b}%00", 400),
            new Spelling("/{s}/{a}/{b}%0a", 400),
            new Spelling("/{s}/{a}/{b}%09", 400),
            new Spelling("/{s}/%252e%252e/{a}/{b}", 400),
            new Spelling("/{s}/{a}%252f{b}", 400),
            new Spelling("/{s}/{a}/{b}%", 400),
            new Spelling("/{s}/{a}/{b}%zz", 400),
            new Spelling("/{s}/{a}/{b}%c0%ae", 400),
            new Spelling("/{s}/{a}/{b}%ff", 400));

    record Spelling(String template, int expected) {

        String apply(String service, String first, String rest) {
            String upperRest = rest.toUpperCase(Locale.ROOT);
            return template.replace("{s%}", encodeFirst(service))
                    .replace("{S}", service.toUpperCase(Locale.ROOT))
                    .replace("{s}", service)
                    .replace("{a%}", encodeFirst(first))
                    .replace("{A}", first.toUpperCase(Locale.ROOT))
                    .replace("{Aa}", Character.toUpperCase(first.charAt(0)) + first.substring(1))
                    .replace("{a}", first)
                    .replace("{B}", upperRest)
                    .replace("{b}", rest);
        }

        private static String encodeFirst(String segment) {
            return String.format("%%%02x", (int) segment.charAt(0)) + segment.substring(1);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JwtTokens tokens;

    @DynamicPropertySource
    static void routeEveryServiceToTheBackend(DynamicPropertyRegistry registry) {
        String uri = StubBackends.uri(BACKEND);
        for (String service : SERVICES) {
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

    @ParameterizedTest
    @ValueSource(strings = {"mall-member", "mall-cart", "mall-portal", "mall-search", "mall-admin"})
    void noSpellingOfABlockedEndpointReachesTheService(String service) throws Exception {
        Map<String, Map<String, String>> callers = Map.of(
                "anonymous", Map.of(),
                "member", Map.of("Authorization", "Bearer " + tokens.issue(AuthenticatedUser.member(42, "probe"))),
                "admin", Map.of("Authorization", "Bearer "
                        + tokens.issue(AuthenticatedUser.admin(1, "admin", List.of("超级管理员")))));
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (List<String> target : TARGETS) {
            for (Spelling spelling : SPELLINGS) {
                String path = spelling.apply(service, target.get(0), target.get(1));
                for (var caller : callers.entrySet()) {
                    RawHttp.Reply reply = RawHttp.send(port, "GET", path, caller.getValue());
                    sent++;
                    if (reply.status() != spelling.expected()) {
                        wrong.add(caller.getKey() + " GET " + path + " -> " + reply.status()
                                + " (expected " + spelling.expected() + ") " + reply.body());
                    }
                }
            }
        }
        assertThat(wrong).as("spellings answered otherwise than expected").isEmpty();
        assertThat(RECEIVED).as("requests that reached the service").isEmpty();
        assertThat(sent).isEqualTo(TARGETS.size() * SPELLINGS.size() * callers.size());
    }

    @Test
    void refusalsAndBlocksAreInTheEnvelope() throws Exception {
        RawHttp.Reply refused = RawHttp.send(port, "GET", "/mall-portal/actuator/health/../prometheus", Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"code\":400");
        RawHttp.Reply blocked = RawHttp.send(port, "GET", "/mall-portal//actuator/prometheus", Map.of());
        assertThat(blocked.status()).isEqualTo(404);
        assertThat(blocked.body()).contains("\"code\":404");
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void otherMethodsAreBlockedAlike() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH")) {
            assertThat(RawHttp.send(port, method, "/mall-portal//actuator/env", Map.of()).status()).as(method)
                    .isEqualTo(404);
            assertThat(RawHttp.send(port, method, "/mall-cart/internal/./skus", Map.of()).status()).as(method)
                    .isEqualTo(400);
        }
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void theServiceReceivesExactlyTheCanonicalPath() throws Exception {
        String member = "Bearer " + tokens.issue(AuthenticatedUser.member(42, "probe"));
        assertThat(RawHttp.send(port, "GET", "/mall-portal//home///content", Map.of()).status()).isEqualTo(200);
        assertThat(RawHttp.send(port, "GET", "//mall%2dportal/home/content?x=%2e%2e", Map.of()).status())
                .isEqualTo(200);
        assertThat(RawHttp.send(port, "GET", "/mall-member/sso//info/", Map.of("Authorization", member)).status())
                .isEqualTo(200);
        assertThat(RawHttp.send(port, "GET", "/mall-portal/product/search/%E6%89%8B%e6%9c%ba", Map.of()).status())
                .isEqualTo(200);
        assertThat(RawHttp.send(port, "GET", "/mall-portal/actuator/health", Map.of()).status()).isEqualTo(200);
        assertThat(RECEIVED).containsExactly("/home/content", "/home/content", "/sso/info/",
                "/product/search/%E6%89%8B%E6%9C%BA", "/actuator/health");
    }

    @Test
    void publicPathsNeedTheirExactSpellingSoACaseVariantNeedsAToken() throws Exception {
        assertThat(RawHttp.send(port, "GET", "/mall-member/SSO/info", Map.of()).status()).isEqualTo(401);
        assertThat(RawHttp.send(port, "GET", "/mall-portal/actuator/HEALTH", Map.of()).status()).isEqualTo(404);
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void requestTargetsThatAreNoPathAreRefused() throws Exception {
        for (String target : List.of("mall-portal/actuator/prometheus", "*", "/mall-portal/actuator/\u00e9",
                "/mall-portal/actuator/prom etheus")) {
            int status = RawHttp.send(port, "GET", target, Map.of()).status();
            assertThat(status).as(target).isBetween(400, 404);
        }
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void anAbsoluteFormRequestTargetIsCanonicalisedAlike() throws Exception {
        String host = "http://127.0.0.1:" + port;
        assertThat(RawHttp.send(port, "GET", host + "/mall-portal//actuator/prometheus", Map.of()).status()).isEqualTo(404);
        assertThat(RawHttp.send(port, "GET", host + "/mall-portal/x/../internal/skus", Map.of()).status()).isEqualTo(400);
        assertThat(RawHttp.send(port, "GET", "http://other.example/mall-cart//internal/skus", Map.of()).status())
                .isEqualTo(404);
        assertThat(RECEIVED).isEmpty();
    }

    @Test
    void thePagesOfTheGatewayItselfStillWork() throws Exception {
        for (String path : List.of("/", "/admin", "/admin/", "/admin/index.html", "//admin/", "/actuator/health")) {
            assertThat(RawHttp.send(port, "GET", path, Map.of()).status()).as(path).isEqualTo(200);
        }
        assertThat(RawHttp.send(port, "GET", "/admin/../index.html", Map.of()).status()).isEqualTo(400);
    }
}
