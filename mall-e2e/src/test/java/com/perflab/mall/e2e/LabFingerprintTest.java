package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
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
        openClient();
    }

    /**
     * The test's client, one channel for the whole test as the services hold theirs: RabbitMQ counts a queue's
     * publishes and deliveries per channel and can lose them when a channel closes before the next statistics
     * emission, as the management API's own publish and get channels do (seen: a publish never counted).
     */
    static Connection client;
    static Channel channel;
    /** Messages the broker returned as unroutable (basic.return comes before the publish's confirm). */
    static final AtomicInteger returned = new AtomicInteger();

    private static void openClient() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(System.getenv().getOrDefault("MALL_RABBITMQ_HOST", "127.0.0.1"));
        factory.setPort(Integer.parseInt(System.getenv().getOrDefault("MALL_RABBITMQ_PORT", "5672")));
        factory.setUsername(RabbitManagement.ADMIN);
        factory.setPassword(System.getenv().getOrDefault("MALL_RABBITMQ_ADMIN_PASSWORD", "guest"));
        factory.setVirtualHost(VHOST);
        client = factory.newConnection("lab-fingerprint-test");
        channel = client.createChannel();
        channel.confirmSelect();
        channel.addReturnListener(unroutable -> returned.incrementAndGet());
    }

    @AfterAll
    static void dropVhost() throws Exception {
        if (client != null) {
            client.close();
        }
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
        assertThat(channel.basicGet("fp.target", true)).as("the expired message in fp.target").isNotNull();
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
        channel.basicPublish("", queue, true, null, "1".getBytes(StandardCharsets.UTF_8)); // mandatory: routed or returned
        channel.waitForConfirmsOrDie(5_000);
        assertThat(returned).as("unroutable publishes").hasValue(0);
    }

    private static String call(String method, String path, String json) throws Exception {
        HttpResponse<String> reply = RabbitManagement.call(method, path, json);
        assertThat(reply.statusCode()).as("%s %s: %s", method, path, reply.body()).isBetween(200, 299);
        return reply.body();
    }
}
