package com.perflab.mall.search.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.perflab.mall.common.test.FaultProxy;
import com.perflab.mall.common.test.FaultProxy.Mode;
import com.perflab.mall.common.test.FaultRequests;
import com.perflab.mall.search.TestIndices;
import com.perflab.mall.search.product.ProductIndexService;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The consumer's retries (Spring's RetryTemplate: {@code max-attempts} tries, pause doubling from {@code backoff})
 * with MySQL failing under it through a {@link FaultProxy}: an event whose product cannot be read is tried again
 * and applied once MySQL is back within the tries, and dead-lettered once they are used up. Queues and exchange
 * of its own, so ProductSyncTest's consumer never takes these events.
 */
@SpringBootTest(properties = {"MALL_DB_NAME=${MALL_TEST_DB_NAME:mall_test}",
        "spring.rabbitmq.listener.simple.auto-startup=true",
        "spring.datasource.hikari.connection-timeout=1000",
        "mall.search.sync.exchange=mall-faulttest.search.product.event",
        "mall.search.sync.queue-prefix=mall-faulttest.search",
        "mall.search.sync.max-attempts=3",
        "mall.search.sync.backoff=1s"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductSyncRetryTest {

    static final FaultProxy MYSQL = FaultRequests.proxyTo("MALL_DB_HOST", "MALL_DB_PORT", 3306);
    static final long PRODUCT = 40;

    @DynamicPropertySource
    static void throughProxy(DynamicPropertyRegistry registry) {
        registry.add("MALL_DB_PORT", MYSQL::port);
    }

    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;
    @Autowired
    SyncProperties properties;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    ProductIndexService indexService;

    @BeforeEach
    void emptyDeadLetters() {
        MYSQL.mode(Mode.PASS);
        admin.purgeQueue(properties.deadLetterQueue(), false);
    }

    @AfterEach
    void pass() {
        MYSQL.mode(Mode.PASS);
    }

    @AfterAll
    void cleanUp() throws Exception {
        MYSQL.close();
        TestIndices.deleteAll(client, indexService);
    }

    double outcomes(String outcome) {
        return meters.counter("mall.search.sync.messages", "outcome", outcome).count();
    }

    @Test
    void anEventIsAppliedWhenMySqlComesBackWithinTheRetries() throws Exception {
        double applied = outcomes("applied");
        double retries = meters.counter("mall.search.sync.retries").count();
        MYSQL.mode(Mode.DOWN);
        publish(PRODUCT);
        // the first try fails within the 1 s connection timeout; MySQL is back during the second or third
        await().atMost(Duration.ofSeconds(10)).until(() -> meters.counter("mall.search.sync.retries").count() > retries);
        Thread.sleep(500);
        MYSQL.mode(Mode.PASS);
        await().atMost(Duration.ofSeconds(15)).until(() -> outcomes("applied") > applied);
        assertThat(rabbit.receive(properties.deadLetterQueue())).isNull();
    }

    @Test
    void anEventStillFailingAfterItsTriesIsDeadLettered() throws Exception {
        double failed = outcomes("failed");
        MYSQL.mode(Mode.DOWN);
        long start = System.nanoTime();
        publish(PRODUCT);
        Message parked = rabbit.receive(properties.deadLetterQueue(), 20_000);
        assertThat(parked).isNotNull();
        // three tries with 1 s and 2 s between them
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(new String(parked.getBody(), StandardCharsets.UTF_8)).contains("\"productId\":" + PRODUCT);
        assertThat(outcomes("failed")).isEqualTo(failed + 1);
    }

    private void publish(long productId) {
        String body = "{\"productId\":" + productId + ",\"type\":\"updated\",\"at\":\"" + Instant.now() + "\"}";
        rabbit.send(properties.exchange(), ProductEvent.ROUTING_KEY_PREFIX + "updated",
                MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                        .setContentType(MessageProperties.CONTENT_TYPE_JSON).build());
    }
}
