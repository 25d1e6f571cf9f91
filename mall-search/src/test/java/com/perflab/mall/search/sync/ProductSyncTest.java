package com.perflab.mall.search.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.perflab.mall.search.SearchIntegrationTest;
import com.perflab.mall.search.TestIndices;
import com.perflab.mall.search.product.EsProduct;
import com.perflab.mall.search.product.ProductIndexService;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Product events through the real RabbitMQ (test exchange and queues) into the real index. */
@SearchIntegrationTest
class ProductSyncTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    SyncProperties properties;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    ProductIndexService indexService;
    @Autowired
    MeterRegistry meters;

    @BeforeAll
    void importCatalog() {
        assertThat(indexService.importAll()).isPositive();
    }

    @AfterAll
    void deleteIndices() throws Exception {
        TestIndices.deleteAll(client, indexService);
    }

    @BeforeEach
    void emptyDeadLetters() {
        admin.purgeQueue(properties.deadLetterQueue(), false);
    }

    @Test
    void updateEventReindexesTheProductIdempotently() throws Exception {
        long id = 40;
        String original = jdbc.queryForObject("SELECT name FROM pms_product WHERE id = ?", String.class, id);
        String renamed = "同步测试 " + UUID.randomUUID();
        try {
            jdbc.update("UPDATE pms_product SET name = ? WHERE id = ?", renamed, id);
            publish("updated", id);
            publish("updated", id);
            await().atMost(WAIT).untilAsserted(() -> assertThat(document(id).name()).isEqualTo(renamed));
        } finally {
            jdbc.update("UPDATE pms_product SET name = ? WHERE id = ?", original, id);
        }
        publish("updated", id);
        await().atMost(WAIT).untilAsserted(() -> assertThat(document(id).name()).isEqualTo(original));
    }

    @Test
    void deleteEventRemovesTheDocumentIdempotently() throws Exception {
        long id = 41;
        assertThat(document(id)).isNotNull();
        try {
            jdbc.update("UPDATE pms_product SET delete_status = 1 WHERE id = ?", id);
            publish("deleted", id);
            await().atMost(WAIT).untilAsserted(() -> assertThat(document(id)).isNull());
            publish("deleted", id);
            // the repeat is applied (nothing dead-lettered) and changes nothing
            Thread.sleep(1000);
            assertThat(document(id)).isNull();
            assertThat(rabbit.receive(properties.deadLetterQueue())).isNull();
        } finally {
            jdbc.update("UPDATE pms_product SET delete_status = 0 WHERE id = ?", id);
        }
        publish("publish", id);
        await().atMost(WAIT).untilAsserted(() -> assertThat(document(id)).isNotNull());
    }

    @Test
    void eventForMissingProductRemovesNothingElse() throws Exception {
        publish("updated", 987654321L);
        publish("created", 42);
        await().atMost(WAIT).untilAsserted(() -> assertThat(document(42)).isNotNull());
        assertThat(rabbit.receive(properties.deadLetterQueue())).isNull();
    }

    @Test
    void poisonMessagesAreDeadLettered() {
        send("product.updated", "this is not json");
        Message parked = rabbit.receive(properties.deadLetterQueue(), WAIT.toMillis());
        assertThat(parked).isNotNull();
        assertThat(new String(parked.getBody(), StandardCharsets.UTF_8)).isEqualTo("this is not json");

        send("product.updated", "{\"productId\":-5,\"type\":\"renamed\"}");
        Message invalid = rabbit.receive(properties.deadLetterQueue(), WAIT.toMillis());
        assertThat(invalid).isNotNull();
        assertThat(new String(invalid.getBody(), StandardCharsets.UTF_8)).contains("renamed");
    }

    /** mall-admin's home content events share the exchange; they are not routed to this service's queue. */
    @Test
    void homeContentEventsDoNotReachTheSyncQueue() throws Exception {
        double handled = meters.find("mall.search.sync.messages").counters().stream()
                .mapToDouble(c -> c.count()).sum();
        send("home.changed", "{\"type\":\"home\",\"at\":\"" + Instant.now() + "\"}");
        publish("created", 42); // a product event sent after it is handled, so the home one had its chance
        await().atMost(WAIT).until(() -> meters.find("mall.search.sync.messages").counters().stream()
                .mapToDouble(c -> c.count()).sum() > handled);
        Thread.sleep(500);
        assertThat(meters.counter("mall.search.sync.messages", "outcome", "applied").count()).isPositive();
        assertThat(meters.find("mall.search.sync.messages").counters().stream().mapToDouble(c -> c.count()).sum())
                .as("only the product event was delivered").isEqualTo(handled + 1);
        assertThat(rabbit.receive(properties.deadLetterQueue())).isNull();
    }

    private EsProduct document(long id) throws Exception {
        GetResponse<EsProduct> found = client.get(g -> g.index(indexService.alias()).id(String.valueOf(id)), EsProduct.class);
        return found.found() ? found.source() : null;
    }

    private void publish(String type, long productId) {
        send(ProductEvent.ROUTING_KEY_PREFIX + type,
                "{\"productId\":" + productId + ",\"type\":\"" + type + "\",\"at\":\"" + Instant.now() + "\"}");
    }

    private void send(String routingKey, String body) {
        Message message = MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON).build();
        rabbit.send(properties.exchange(), routingKey, message);
    }
}
