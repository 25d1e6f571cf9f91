package com.perflab.mall.admin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A queue of one test on the test product event exchange ({@link AdminApiTest#PRODUCT_EVENT_EXCHANGE}): of the
 * product events ({@code product.*}), of the home content events ({@link #homeContent}), or of the coupon events
 * ({@link #coupons}).
 */
public final class ProductEventQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RabbitTemplate rabbit;
    private final AmqpAdmin amqp;
    private final Queue queue;

    public ProductEventQueue(RabbitTemplate rabbit, AmqpAdmin amqp) {
        this(rabbit, amqp, "product.*");
    }

    private ProductEventQueue(RabbitTemplate rabbit, AmqpAdmin amqp, String routingPattern) {
        this.rabbit = rabbit;
        this.amqp = amqp;
        TopicExchange exchange = new TopicExchange(AdminApiTest.PRODUCT_EVENT_EXCHANGE, true, false);
        amqp.declareExchange(exchange);
        queue = new Queue("mall-test.admin.product-events." + UUID.randomUUID(), false, false, false);
        amqp.declareQueue(queue);
        amqp.declareBinding(BindingBuilder.bind(queue).to(exchange).with(routingPattern));
    }

    /** A queue of the home content events ({@code home.changed}, body {@code {"type":"home","at":...}}). */
    public static ProductEventQueue homeContent(RabbitTemplate rabbit, AmqpAdmin amqp) {
        return new ProductEventQueue(rabbit, amqp, "home.*");
    }

    /** A queue of the coupon events ({@code coupon.changed}, body {@code {"productId":42,"type":"coupon","at":...}}). */
    public static ProductEventQueue coupons(RabbitTemplate rabbit, AmqpAdmin amqp) {
        return new ProductEventQueue(rabbit, amqp, "coupon.*");
    }

    /**
     * The products of the coupon events received within a few seconds, until {@code count} came; 0 stands for an
     * event without a product (a coupon of every product or of categories).
     */
    public List<Long> receiveCoupons(int count) {
        List<Long> ids = new ArrayList<>();
        while (ids.size() < count) {
            Message message = rabbit.receive(queue.getName(), 5000);
            if (message == null) {
                break;
            }
            assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo("coupon.changed");
            Map<?, ?> body = JSON.readValue(new String(message.getBody(), StandardCharsets.UTF_8), Map.class);
            assertThat(body.get("type")).isEqualTo("coupon");
            assertThat(body.get("at")).isNotNull();
            ids.add(body.get("productId") == null ? 0L : ((Number) body.get("productId")).longValue());
        }
        return ids;
    }

    /** How many home content events were received within a few seconds, until {@code count} came. */
    public int receiveHome(int count) {
        int received = 0;
        while (received < count) {
            Message message = rabbit.receive(queue.getName(), 5000);
            if (message == null) {
                break;
            }
            assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo("home.changed");
            Map<?, ?> body = JSON.readValue(new String(message.getBody(), StandardCharsets.UTF_8), Map.class);
            assertThat(body.get("type")).isEqualTo("home");
            assertThat(body.get("at")).isNotNull();
            received++;
        }
        return received;
    }

    /** Discards what arrived so far (events of earlier steps), waiting a moment for late ones. */
    public void drain() {
        while (rabbit.receive(queue.getName(), 700) != null) {
            // discarded
        }
    }

    /** The product ids of the events of this type received within a few seconds, until {@code count} came. */
    public List<Long> receive(String type, int count) {
        List<Long> ids = new ArrayList<>();
        while (ids.size() < count) {
            Message message = rabbit.receive(queue.getName(), 5000);
            if (message == null) {
                break;
            }
            Map<?, ?> body = JSON.readValue(new String(message.getBody(), StandardCharsets.UTF_8), Map.class);
            if (type.equals(body.get("type"))) {
                ids.add(((Number) body.get("productId")).longValue());
            }
        }
        return ids;
    }

    public void assertNone() {
        assertThat(rabbit.receive(queue.getName(), 500)).isNull();
    }

    public void delete() {
        amqp.deleteQueue(queue.getName());
    }
}
