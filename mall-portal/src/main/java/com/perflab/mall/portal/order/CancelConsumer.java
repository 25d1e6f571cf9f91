package com.perflab.mall.portal.order;

import com.rabbitmq.client.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;

/**
 * Closes orders whose payment time ran out. Acks after the database transaction committed; a message for
 * an order that is no longer unpaid (paid, cancelled by the member, a redelivery) changes nothing and is
 * acked. A failure is rejected without requeue, which dead-letters it into the parking queue: a poison
 * message cannot loop, and an operator can move parked messages back once the cause is fixed (shovel or
 * the management UI). Outcomes are counted as {@code mall_order_cancel_messages_total{outcome}}.
 *
 * <p>{@code mall.order.cancel.consumers} (default 4) consumers per portal take messages in parallel, so a backlog
 * of expired orders drains faster; closing is a conditional update ({@link OrderStateService#cancelExpired}), so
 * two consumers, the sweeper or the member cancelling the same order at once close it once. Each consumer
 * prefetches {@code spring.rabbitmq.listener.simple.prefetch} messages.
 */
@Component
class CancelConsumer {

    private static final Logger log = LoggerFactory.getLogger(CancelConsumer.class);

    private final OrderStateService orders;
    private final MeterRegistry meters;

    CancelConsumer(OrderStateService orders, MeterRegistry meters) {
        this.orders = orders;
        this.meters = meters;
    }

    @RabbitListener(queues = "#{@orderCancelQueue.name}", concurrency = "${mall.order.cancel.consumers:4}")
    void onCancel(Message message, Channel channel) throws IOException {
        long tag = message.getMessageProperties().getDeliveryTag();
        String body = new String(message.getBody(), StandardCharsets.UTF_8);
        try {
            boolean closed = orders.cancelExpired(Long.parseLong(body.trim()));
            channel.basicAck(tag, false);
            count(closed ? "cancelled" : "ignored");
        } catch (Exception e) {
            log.error("Could not cancel order {}; message parked", body, e);
            channel.basicNack(tag, false, false);
            count("parked");
        }
    }

    private void count(String outcome) {
        meters.counter("mall.order.cancel.messages", "outcome", outcome).increment();
    }
}
