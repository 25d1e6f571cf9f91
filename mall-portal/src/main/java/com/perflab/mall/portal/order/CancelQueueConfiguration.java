package com.perflab.mall.portal.order;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delayed cancel of unpaid orders, on plain RabbitMQ (no delay plugin):
 * <pre>
 *  publish --(routing key = TTL queue name)--> {prefix}.direct --> {prefix}.cancel.ttl.{millis}
 *      (queue-level x-message-ttl: every message waits the same time, so expiry keeps publish order and
 *       nothing blocks behind a longer-lived head message)
 *  expired --(dead-letter, key {prefix}.cancel)--> {prefix}.direct --> {prefix}.cancel --> CancelConsumer
 *  rejected by the consumer --(dead-letter, key {prefix}.cancel.parking)--> {prefix}.cancel.parking
 * </pre>
 * A queue's arguments cannot change once declared (PRECONDITION_FAILED), so the TTL is part of the TTL
 * queue's name: a new timeout (oms_order_setting changed in the back office) makes {@link CancelPublisher}
 * declare a new queue on first use, and the old one drains into the same cancel queue. The beans here are the
 * fixed part: the exchange, the cancel queue and the parking queue.
 */
@Configuration
@EnableConfigurationProperties(OrderProperties.class)
class CancelQueueConfiguration {

    @Bean
    CancelQueueNames cancelQueueNames(OrderProperties properties) {
        return CancelQueueNames.of(properties.queuePrefix());
    }

    @Bean
    DirectExchange orderExchange(CancelQueueNames names) {
        return new DirectExchange(names.exchange(), true, false);
    }

    @Bean
    Queue orderCancelQueue(CancelQueueNames names) {
        return QueueBuilder.durable(names.cancelQueue())
                .deadLetterExchange(names.exchange())
                .deadLetterRoutingKey(names.parkingQueue())
                .build();
    }

    @Bean
    Queue orderCancelParkingQueue(CancelQueueNames names) {
        return QueueBuilder.durable(names.parkingQueue()).build();
    }

    @Bean
    Binding orderCancelBinding(Queue orderCancelQueue, DirectExchange orderExchange) {
        return BindingBuilder.bind(orderCancelQueue).to(orderExchange).with(orderCancelQueue.getName());
    }

    @Bean
    Binding orderCancelParkingBinding(Queue orderCancelParkingQueue, DirectExchange orderExchange) {
        return BindingBuilder.bind(orderCancelParkingQueue).to(orderExchange).with(orderCancelParkingQueue.getName());
    }
}
