package com.perflab.mall.portal.order;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * queue's name: a new timeout declares a new queue, and the old one drains into the same cancel queue.
 */
@Configuration
@EnableConfigurationProperties(OrderProperties.class)
class CancelQueueConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CancelQueueConfiguration.class);
    private static final Duration DEFAULT_DELAY = Duration.ofMinutes(120);

    @Bean
    OrderSettings orderSettings(OrderProperties properties, OrderMapper mapper) {
        Duration delay = properties.cancelDelay();
        if (delay == null) {
            Integer minutes = mapper.findNormalOrderOvertimeMinutes();
            if (minutes == null || minutes <= 0) {
                log.warn("oms_order_setting has no normal_order_overtime; unpaid orders close after {}", DEFAULT_DELAY);
                delay = DEFAULT_DELAY;
            } else {
                delay = Duration.ofMinutes(minutes);
            }
        }
        Integer confirmDays = mapper.findConfirmOvertimeDays();
        return new OrderSettings(delay, confirmDays == null ? 15 : confirmDays);
    }

    @Bean
    CancelQueueNames cancelQueueNames(OrderProperties properties, OrderSettings settings) {
        return CancelQueueNames.of(properties.queuePrefix(), settings.cancelDelay());
    }

    @Bean
    DirectExchange orderExchange(CancelQueueNames names) {
        return new DirectExchange(names.exchange(), true, false);
    }

    @Bean
    Queue orderCancelTtlQueue(CancelQueueNames names, OrderSettings settings) {
        return QueueBuilder.durable(names.ttlQueue())
                .ttl(Math.toIntExact(settings.cancelDelay().toMillis()))
                .deadLetterExchange(names.exchange())
                .deadLetterRoutingKey(names.cancelQueue())
                .build();
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
    Binding orderCancelTtlBinding(Queue orderCancelTtlQueue, DirectExchange orderExchange) {
        return BindingBuilder.bind(orderCancelTtlQueue).to(orderExchange).with(orderCancelTtlQueue.getName());
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
