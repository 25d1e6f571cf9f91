package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The walking skeleton end to end: every service is healthy on the real middleware and reachable through the gateway. */
class GatewayRoutingTest {

    static PrivateLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = PrivateLab.shared();
    }

    static List<String> routedServices() {
        return lab.ports().keySet().stream().filter(s -> !s.equals("mall-gateway")).toList();
    }

    @Test
    void everyServiceIsUpThroughTheGatewayWithItsMiddleware() throws Exception {
        Map<String, List<String>> middleware = Map.of(
                "mall-member", List.of("db", "redis", "mongo"),
                "mall-cart", List.of("db", "redis"),
                "mall-portal", List.of("db", "redis", "rabbit"),
                "mall-search", List.of("db", "elasticsearch", "rabbit"),
                "mall-admin", List.of("db", "redis", "rabbit"));
        for (String service : routedServices()) {
            HttpResponse<String> reply = lab.get("/" + service + "/actuator/health");
            assertThat(reply.statusCode()).as("%s health through the gateway", service).isEqualTo(200);
            assertThat((String) JsonPath.read(reply.body(), "$.status")).as(service).isEqualTo("UP");
            for (String component : middleware.get(service)) {
                assertThat((String) JsonPath.read(reply.body(), "$.components." + component + ".status"))
                        .as("%s sees %s", service, component).isEqualTo("UP");
            }
        }
    }

    @Test
    void gatewayIsUp() throws Exception {
        HttpResponse<String> reply = lab.get("/actuator/health");
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(reply.body(), "$.status")).isEqualTo("UP");
    }

    @Test
    void unknownPathOfAServiceIsItsOwn404InTheEnvelope() throws Exception {
        HttpResponse<String> reply = lab.get("/mall-portal/product/no/such/path");
        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat((Integer) JsonPath.read(reply.body(), "$.code")).isEqualTo(404);
    }

    @Test
    void protectedPathsWithoutTokenAre401InTheEnvelope() throws Exception {
        for (String path : List.of("/mall-member/sso/info", "/mall-cart/cart/list", "/mall-portal/order/list",
                "/mall-admin/admin/info")) {
            HttpResponse<String> reply = lab.get(path);
            assertThat(reply.statusCode()).as(path).isEqualTo(401);
            assertThat((Integer) JsonPath.read(reply.body(), "$.code")).as(path).isEqualTo(401);
        }
    }

    @Test
    void managementEndpointsAreNotReachableThroughTheGateway() throws Exception {
        for (String service : routedServices()) {
            assertThat(lab.get("/" + service + "/actuator/prometheus").statusCode())
                    .as(service).isEqualTo(404);
        }
    }

    @Test
    void unknownServicePrefixIsNotRouted() throws Exception {
        assertThat(lab.get("/mall-nothing/actuator/health").statusCode()).isEqualTo(404);
    }

    @Test
    void eachServicePublishesItsApiDocsThroughTheGateway() throws Exception {
        for (String service : routedServices()) {
            HttpResponse<String> reply = lab.get("/" + service + "/v3/api-docs");
            assertThat(reply.statusCode()).as("%s api docs", service).isEqualTo(200);
            assertThat((String) JsonPath.read(reply.body(), "$.openapi")).as(service).startsWith("3.");
        }
        HttpResponse<String> config = lab.get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        List<String> urls = JsonPath.read(config.body(), "$.urls[*].url");
        assertThat(urls).containsExactlyInAnyOrderElementsOf(
                routedServices().stream().map(s -> "/" + s + "/v3/api-docs").toList());
    }

    @Test
    void everyServiceExposesPrometheusMetricsTaggedWithItsName() throws Exception {
        for (String service : lab.ports().keySet()) {
            // one request first, so that the HTTP server timer exists
            lab.getDirect(service, "/actuator/health", Map.of());
            HttpResponse<String> reply = lab.getDirect(service, "/actuator/prometheus", Map.of());
            assertThat(reply.statusCode()).as(service).isEqualTo(200);
            assertThat(reply.body()).as(service)
                    .contains("application=\"" + service + "\"")
                    .contains("jvm_memory_used_bytes");
            if (!service.equals("mall-gateway")) {
                assertThat(reply.body()).as("%s request histogram", service)
                        .contains("http_server_requests_seconds_bucket");
            }
        }
    }

    @Test
    void actuatorExposesOnlyHealthInfoAndPrometheus() throws Exception {
        for (String service : lab.ports().keySet()) {
            for (String hidden : List.of("env", "beans", "configprops", "heapdump", "loggers")) {
                int status = lab.getDirect(service, "/actuator/" + hidden, Map.of()).statusCode();
                assertThat(status).as("%s /actuator/%s", service, hidden).isEqualTo(404);
            }
        }
    }
}
