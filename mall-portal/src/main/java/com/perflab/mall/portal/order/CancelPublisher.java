package com.perflab.mall.portal.order;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;

/**
 * Schedules "cancel if unpaid" for a committed order. Publisher confirms are checked asynchronously so the
 * request does not wait for the broker; a nack, a return (unroutable) or a send failure is logged and counted
 * as {@code mall_order_cancel_publish_total{result}}. A lost message leaves the order unpaid with its stock
 * locked until someone closes it; the lab alerts on result!="ack".
 */
@Component
class CancelPublisher {

    private static final Logger log = LoggerFactory.getLogger(CancelPublisher.class);

    private final RabbitTemplate rabbit;
    private final CancelQueueNames names;
    private final MeterRegistry meters;

    CancelPublisher(RabbitTemplate rabbit, CancelQueueNames names, MeterRegistry meters) {
        this.rabbit = rabbit;
        this.names = names;
        this.meters = meters;
    }

    void scheduleCancel(long orderId) {
        CorrelationData correlation = new CorrelationData(orderId + ":" + UUID.randomUUID());
        try {
            rabbit.convertAndSend(names.exchange(), names.ttlQueue(), Long.toString(orderId), correlation);
        } catch (AmqpException e) {
            count("error");
            log.error("Could not publish the cancel message of order {}", orderId, e);
            return;
        }
        correlation.getFuture().whenComplete((confirm, failure) -> {
            if (failure != null || confirm == null || !confirm.ack()) {
                count("nack");
                log.error("Broker did not confirm the cancel message of order {}: {}", orderId,
                        failure != null ? failure.toString() : confirm == null ? "no confirm" : confirm.reason());
            } else if (correlation.getReturned() != null) {
                count("returned");
                log.error("Cancel message of order {} was unroutable: {}", orderId, correlation.getReturned());
            } else {
                count("ack");
            }
        });
    }

    private void count(String result) {
        meters.counter("mall.order.cancel.publish", "result", result).increment();
    }
}
