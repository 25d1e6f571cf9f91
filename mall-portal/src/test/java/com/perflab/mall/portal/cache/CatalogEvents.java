package com.perflab.mall.portal.cache;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** Publishes back-office events the way mall-admin's relay does, to the exchange a portal test listens on. */
public final class CatalogEvents {

    private final RabbitTemplate rabbit;
    private final AmqpAdmin amqp;
    private final String exchange;

    public CatalogEvents(RabbitTemplate rabbit, AmqpAdmin amqp, String exchange) {
        this.rabbit = rabbit;
        this.amqp = amqp;
        this.exchange = exchange;
    }

    public void productChanged(long productId, String type) {
        send("product." + type, "{\"productId\":%d,\"type\":\"%s\",\"at\":\"%s\"}".formatted(productId, type, Instant.now()));
    }

    public void homeChanged() {
        send("home.changed", "{\"type\":\"home\",\"at\":\"%s\"}".formatted(Instant.now()));
    }

    /** A coupon of this product created, edited or deleted. */
    public void couponChanged(long productId) {
        send("coupon.changed", "{\"productId\":%d,\"type\":\"coupon\",\"at\":\"%s\"}".formatted(productId, Instant.now()));
    }

    /** A coupon of every product (or of categories) created, edited or deleted. */
    public void couponOfEveryProductChanged() {
        send("coupon.changed", "{\"type\":\"coupon\",\"at\":\"%s\"}".formatted(Instant.now()));
    }

    public void send(String routingKey, String body) {
        rabbit.send(exchange, routingKey, MessageBuilder.withBody(body.getBytes(StandardCharsets.UTF_8))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON).build());
    }

    /** Messages ready in the queue (not delivered, or rejected back to it). */
    public long ready(String queue) {
        QueueInformation info = amqp.getQueueInfo(queue);
        return info == null ? 0 : info.getMessageCount();
    }

    /** Whether the condition became true within the time. */
    public static boolean within(Duration time, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + time.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }
}
