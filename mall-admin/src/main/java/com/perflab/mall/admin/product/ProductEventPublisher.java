package com.perflab.mall.admin.product;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the product events mall-search consumes, after the change is committed, so the consumer never
 * re-reads a state that was rolled back or not yet visible. Body: {@code {"productId":1,"type":"updated","at":"..."}}.
 * A send that fails after the commit is logged; the next change of the product (or a reindex) repairs the index.
 */
@Component
class ProductEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(ProductEventPublisher.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RabbitTemplate rabbit;
    private final String exchange;

    ProductEventPublisher(RabbitTemplate rabbit, ProductEventProperties properties) {
        this.rabbit = rabbit;
        this.exchange = properties.exchange();
    }

    /** The body of one event, the contract of mall-search's {@code ProductEvent}. */
    record ProductEvent(long productId, String type, String at) {
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(ProductChanged changed) {
        String at = Instant.now().toString();
        for (long productId : changed.productIds()) {
            Message message = MessageBuilder.withBody(JSON.writeValueAsString(new ProductEvent(productId, changed.type(), at))
                            .getBytes(StandardCharsets.UTF_8))
                    .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                    .setContentEncoding(StandardCharsets.UTF_8.name())
                    .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                    .build();
            try {
                rabbit.send(exchange, "product." + changed.type(), message);
            } catch (AmqpException e) {
                log.error("Product event {} of product {} not sent: {}", changed.type(), productId, e.getMessage());
            }
        }
    }
}
