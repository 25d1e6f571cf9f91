package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lab's queue fingerprint against a real RabbitMQ, in a vhost of its own: the broker moving expired messages
 * from a delay queue to its dead-letter queue is not a change (the CI run that failed on the lab's cancel delay
 * queue emptying by itself), while a client publishing to or taking from any queue is.
 */
class LabFingerprintTest {

    static final String VHOST = "/mall_fingerprint_" + ProcessHandle.current().pid();
    static final String PATH = URLEncoder.encode(VHOST, StandardCharsets.UTF_8);

    @BeforeAll
    static void vhostWithDelayQueues() throws Exception {
        call("PUT", "/api/vhosts/" + PATH, "{}");
        call("PUT", "/api/permissions/" + PATH + "/" + RabbitManagement.ADMIN,
                "{\"configure\":\".*\",\"write\":\".*\",\"read\":\".*\"}");
        call("PUT", "/api/exchanges/" + PATH + "/fp.direct", "{\"type\":\"direct\",\"durable\":false}");
        for (String queue : new String[] {"fp.plain", "fp.target", "fp.target2", "fp.unrelated"}) {
            call("PUT", "/api/queues/" + PATH + "/" + queue, "{\"durable\":false}");
        }
        // delay queue 1 dead-letters through the default exchange, delay queue 2 through a direct exchange
        call("PUT", "/api/queues/" + PATH + "/fp.delay", "{\"durable\":false,\"arguments\":{\"x-message-ttl\":9000,"
                + "\"x-dead-letter-exchange\":\"\",\"x-dead-letter-routing-key\":\"fp.target\"}}");
        call("PUT", "/api/queues/" + PATH + "/fp.delay2", "{\"durable\":false,\"arguments\":{\"x-message-ttl\":9000,"
                + "\"x-dead-letter-exchange\":\"fp.direct\",\"x-dead-letter-routing-key\":\"fp.target2\"}}");
        call("POST", "/api/bindings/" + PATH + "/e/fp.direct/q/fp.target2", "{\"routing_key\":\"fp.target2\"}");
        call("POST", "/api/bindings/" + PATH + "/e/fp.direct/q/fp.unrelated", "{\"routing_key\":\"other\"}");
    }

    @AfterAll
    static void dropVhost() throws Exception {
        RabbitManagement.call("DELETE", "/api/vhosts/" + PATH, null);
    }

    @Test
    void messagesTheBrokerMovesByExpiryAreNoChangeButAClientsPublishOrGetIs() throws Exception {
        publish("fp.delay");
        publish("fp.delay2");
        // the management statistics lag (a new queue's depth is even absent at first): the "before" must already
        // count both publishes and the empty queues' depths
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(fingerprint())
                .containsEntry(queue("fp.delay"), "published 1, delivered 0 (depth left out: moved by message expiry)")
                .containsEntry(queue("fp.delay2"), "published 1, delivered 0 (depth left out: moved by message expiry)")
                .containsEntry(queue("fp.unrelated"), "messages 0, published 0, delivered 0")
                .containsEntry(queue("fp.plain"), "messages 0, published 0, delivered 0"));
        Map<String, String> before = fingerprint();

        // both messages expire and land in their dead-letter queues
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> depth("fp.target") == 1 && depth("fp.target2") == 1
                && depth("fp.delay") == 0 && depth("fp.delay2") == 0);
        Thread.sleep(LabUntouchedTest.STATS_LAG_MS);
        assertThat(fingerprint()).isEqualTo(before);

        publish("fp.plain");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(fingerprint())
                .containsEntry(queue("fp.plain"), "messages 1, published 1, delivered 0"));
        call("POST", "/api/queues/" + PATH + "/fp.target/get",
                "{\"count\":1,\"ackmode\":\"ack_requeue_false\",\"encoding\":\"auto\"}");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(fingerprint())
                .containsEntry(queue("fp.target"), "published 0, delivered 1 (depth left out: moved by message expiry)"));
    }

    @Test
    void aTtlSetByPolicyCountsLikeOneSetByArgument() {
        String queues = """
                [{"name":"by.policy","messages":3,"arguments":{},
                  "effective_policy_definition":{"message-ttl":1000,"dead-letter-exchange":"",
                                                 "dead-letter-routing-key":"fed"}},
                 {"name":"fed","messages":3,"arguments":{},"effective_policy_definition":[],
                  "message_stats":{"publish":0,"deliver_get":2}},
                 {"name":"dropping","messages":1,"arguments":{"x-message-ttl":5}},
                 {"name":"plain","messages":7,"arguments":{},"message_stats":{"publish":9}}]""";
        assertThat(LabFingerprint.queueEntries("/v", queues, "[]")).isEqualTo(Map.of(
                "vhost /v queue by.policy", "published 0, delivered 0 (depth left out: moved by message expiry)",
                "vhost /v queue fed", "published 0, delivered 2 (depth left out: moved by message expiry)",
                "vhost /v queue dropping", "published 0, delivered 0 (depth left out: moved by message expiry)",
                "vhost /v queue plain", "messages 7, published 9, delivered 0"));
    }

    private static Map<String, String> fingerprint() throws Exception {
        Map<String, String> entries = new TreeMap<>();
        LabFingerprint.rabbit(VHOST, entries);
        return entries;
    }

    private static String queue(String name) {
        return "vhost " + VHOST + " queue " + name;
    }

    private static int depth(String queue) throws Exception {
        String body = call("GET", "/api/queues/" + PATH + "/" + queue + "?columns=messages", null);
        return JsonPath.<Integer>read(body, "$.messages");
    }

    private static void publish(String queue) throws Exception {
        String reply = call("POST", "/api/exchanges/" + PATH + "/amq.default/publish",
                "{\"properties\":{},\"routing_key\":\"" + queue + "\",\"payload\":\"1\",\"payload_encoding\":\"string\"}");
        assertThat(reply).contains("\"routed\":true");
    }

    private static String call(String method, String path, String json) throws Exception {
        HttpResponse<String> reply = RabbitManagement.call(method, path, json);
        assertThat(reply.statusCode()).as("%s %s: %s", method, path, reply.body()).isBetween(200, 299);
        return reply.body();
    }
}
