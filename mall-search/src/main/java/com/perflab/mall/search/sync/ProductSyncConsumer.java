package com.perflab.mall.search.sync;

import com.perflab.mall.search.product.ProductIndexService;
import com.rabbitmq.client.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies product events to the index: re-reads the product and upserts its document, or removes it when
 * the product is missing, unpublished or deleted, whatever the event type says; so a repeated or late
 * event is harmless. A message that is not a valid event is dead-lettered at once; a failure (database or
 * Elasticsearch down) is retried a few times with a growing pause, then dead-lettered. Acked manually
 * after the index write. Outcomes are counted as {@code mall_search_sync_messages_total{outcome}}.
 */
@Component
class ProductSyncConsumer {

    private static final Logger log = LoggerFactory.getLogger(ProductSyncConsumer.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProductIndexService index;
    private final Validator validator;
    private final SyncProperties properties;
    private final MeterRegistry meters;

    ProductSyncConsumer(ProductIndexService index, Validator validator, SyncProperties properties, MeterRegistry meters) {
        this.index = index;
        this.validator = validator;
        this.properties = properties;
        this.meters = meters;
    }

    @RabbitListener(queues = "#{@productSyncQueue.name}")
    void onEvent(Message message, Channel channel) throws IOException {
        long tag = message.getMessageProperties().getDeliveryTag();
        ProductEvent event = parse(message.getBody());
        if (event == null) {
            channel.basicNack(tag, false, false);
            count("poison");
            return;
        }
        if (apply(event)) {
            channel.basicAck(tag, false);
            count("applied");
        } else {
            channel.basicNack(tag, false, false);
            count("failed");
        }
    }

    private boolean apply(ProductEvent event) {
        long pause = properties.backoff().toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                index.sync(event.productId());
                return true;
            } catch (RuntimeException e) {
                if (attempt >= properties.maxAttempts()) {
                    log.error("Product event {} failed {} times; dead-lettered", event, attempt, e);
                    return false;
                }
                log.warn("Product event {} failed (attempt {}), retrying in {} ms: {}", event, attempt, pause, e.toString());
                if (!sleep(pause)) {
                    return false;
                }
                pause *= 2;
            }
        }
    }

    private ProductEvent parse(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            ProductEvent event = JSON.readValue(text, ProductEvent.class);
            Set<ConstraintViolation<ProductEvent>> violations = event == null ? Set.of() : validator.validate(event);
            if (event != null && violations.isEmpty()) {
                return event;
            }
            log.error("Invalid product event {} ({}); dead-lettered", abbreviate(text), violations);
        } catch (JacksonException e) {
            log.error("Unreadable product event {}; dead-lettered: {}", abbreviate(text), e.getOriginalMessage());
        }
        return null;
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private void count(String outcome) {
        meters.counter("mall.search.sync.messages", "outcome", outcome).increment();
    }
}
