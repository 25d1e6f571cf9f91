package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.perflab.mall.e2e.Shoppers.Shopper;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: local traces. The e2e lab reports every request to its own Zipkin server, as the user's lab does
 * after ./mall up. A shopper's requests carry a W3C traceparent of the test's choosing, so the trace is found by
 * its id through Zipkin's query API, and the services' log lines carry that id.
 */
class TracingTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    static PrivateLab lab;

    @BeforeAll
    static void startLab() throws Exception {
        lab = PrivateLab.shared();
    }

    @Test
    void anOrderPlacedThroughTheGatewayIsOneTraceAcrossTheServicesWithItsSqlAndItsMessage() throws Exception {
        String traceId = placeTracedOrder(lab);

        // spans arrive in batches about a second apart; the order's last ones (its cancel message) a little later
        String trace = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(
                () -> lab.zipkin().trace(traceId),
                reply -> reply.statusCode() == 200 && services(reply.body()).containsAll(
                        Set.of("mall-gateway", "mall-cart", "mall-portal"))
                        && !JsonPath.<List<?>>read(reply.body(), "$[?(@.kind == 'PRODUCER')]").isEmpty())
                .body();

        assertThat(services(trace)).as("services in trace " + traceId)
                .contains("mall-gateway", "mall-cart", "mall-portal");
        List<String> statements = JsonPath.read(trace, "$[*].tags['jdbc.query[0]']");
        assertThat(statements).as("a span per SQL statement, with its text")
                .anySatisfy(sql -> assertThat(sql).containsIgnoringCase("insert into oms_cart_item"))
                .anySatisfy(sql -> assertThat(sql).containsIgnoringCase("insert into oms_order"));
        List<String> producers = JsonPath.read(trace, "$[?(@.kind == 'PRODUCER')].localEndpoint.serviceName");
        assertThat(producers).as("the order's cancel message is sent within the trace").contains("mall-portal");
        // (the e2e lab logs each request of the servlet services at DEBUG, so there are lines to look at)
        assertThat(lab.log("mall-portal")).as("mall-portal's log lines carry the trace id")
                .containsPattern("DEBUG \\[" + traceId + "\\].*DispatcherServlet");
        assertThat(lab.log("mall-cart")).as("so do mall-cart's").contains("[" + traceId + "]");
    }

    @Test
    void aLoginIsOneTraceFromTheGatewayIntoMallMemberWithItsSqlAndRedisCommands() throws Exception {
        String traceId = hex(16);
        HttpResponse<String> login = lab.postForm("/mall-member/sso/login",
                Map.of("username", "test", "password", "123456"), Map.of("traceparent", "00-" + traceId + "-" + hex(8) + "-01"));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

        String trace = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(
                () -> lab.zipkin().trace(traceId),
                reply -> reply.statusCode() == 200 && services(reply.body()).containsAll(Set.of("mall-gateway", "mall-member"))
                        && !JsonPath.<List<?>>read(reply.body(), "$[?(@.tags['db.system'] == 'redis')]").isEmpty())
                .body();
        assertThat(JsonPath.<List<String>>read(trace, "$[*].tags['jdbc.query[0]']")).as("the member's SQL")
                .anySatisfy(sql -> assertThat(sql).containsIgnoringCase("from ums_member"));
        // the login lockout's counters (LoginAttempts): Redis commands, each a span of mall-member
        assertThat(JsonPath.<List<String>>read(trace, "$[?(@.tags['db.system'] == 'redis')].localEndpoint.serviceName"))
                .containsOnly("mall-member");
    }

    @Test
    void aProductChangeIsTracedThroughTheOutboxToTheServicesThatConsumeItsEvent() throws Exception {
        Map<String, String> admin = new HashMap<>(Admins.login(lab, "admin"));
        String traceId = hex(16);
        admin.put("traceparent", "00-" + traceId + "-" + hex(8) + "-01");

        // the change sets the flag it already has: an event all the same, and the test data stays as it was
        int recommended = JsonPath.read(lab.get("/mall-admin/product/updateInfo/31", admin).body(), "$.data.recommandStatus");
        HttpResponse<String> changed = lab.postForm("/mall-admin/product/update/recommendStatus",
                Map.of("ids", "31", "recommendStatus", Integer.toString(recommended)), admin);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

        // the relay sends the outbox row later, from its own thread, in the change's trace
        String trace = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(
                () -> lab.zipkin().trace(traceId),
                reply -> reply.statusCode() == 200 && consumers(reply.body()).containsAll(Set.of("mall-search", "mall-portal")))
                .body();
        assertThat(services(trace)).contains("mall-gateway", "mall-admin", "mall-search", "mall-portal");
        assertThat(JsonPath.<List<String>>read(trace, "$[?(@.kind == 'PRODUCER')].localEndpoint.serviceName"))
                .as("the relay's send").contains("mall-admin");
    }

    private static Set<String> consumers(String trace) {
        return new TreeSet<>(JsonPath.<List<String>>read(trace, "$[?(@.kind == 'CONSUMER')].localEndpoint.serviceName"));
    }

    /**
     * A new shopper puts product 1 into the cart and orders it, both requests in one trace of the test's choosing
     * (the cart asks mall-portal for the price; mall-portal writes the order and schedules its cancel): its id.
     */
    static String placeTracedOrder(PrivateLab lab) throws Exception {
        Shopper shopper = Shoppers.register(lab);
        long addressId = Shoppers.addAddress(lab, shopper);
        int skuId = Shoppers.firstSkuId(lab);
        String traceId = hex(16);
        HttpResponse<String> added = lab.postJson("/mall-cart/cart/add", "{\"productId\":" + Shoppers.PRODUCT_ID
                + ",\"productSkuId\":" + skuId + ",\"quantity\":1}", traced(shopper, traceId));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        long cartId = ((Number) JsonPath.read(added.body(), "$.data.id")).longValue();
        HttpResponse<String> ordered = lab.postJson("/mall-portal/order/generateOrder",
                "{\"memberReceiveAddressId\":" + addressId + ",\"payType\":1,\"cartIds\":[" + cartId + "]}",
                traced(shopper, traceId));
        assertThat(ordered.statusCode()).as(ordered.body()).isEqualTo(200);
        return traceId;
    }

    private static Map<String, String> traced(Shopper shopper, String traceId) {
        Map<String, String> headers = new HashMap<>(shopper.auth());
        headers.put("traceparent", "00-" + traceId + "-" + hex(8) + "-01");
        return headers;
    }

    static Set<String> services(String trace) {
        return new TreeSet<>(JsonPath.<List<String>>read(trace, "$[*].localEndpoint.serviceName"));
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
