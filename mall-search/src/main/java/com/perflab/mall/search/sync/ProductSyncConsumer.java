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
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies product events to the index: re-reads the product and upserts its document, or removes it when
 * the product is missing, unpublished or deleted, whatever the event type says; so a repeated or late
 * event is harmless. A message that is not a valid event is dead-lettered at once; a failure (database or
 * Elasticsearch down) is retried a few times with a growing pause (Spring's {@link RetryTemplate}), then
 * dead-lettered. Acked manually after the index write. Outcomes are counted as
 * {@code mall_search_sync_messages_total{outcome}}, retries as {@code mall_search_sync_retries_total}.
 */
@Component
class ProductSyncConsumer {

    private static final Logger log = LoggerFactory.getLogger(ProductSyncConsumer.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProductIndexService index;
    private final Validator validator;
    private final MeterRegistry meters;
    private final RetryTemplate retry;

    ProductSyncConsumer(ProductIndexService index, Validator validator, SyncProperties properties, MeterRegistry meters) {
        this.index = index;
        this.validator = validator;
        this.meters = meters;
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(properties.maxAttempts() - 1)
                .delay(properties.backoff())
                .multiplier(2)
                .build());
        retry.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable, RetryState state) {
                log.warn("{} failed, retrying: {}", retryable.getName(), state.getLastException().toString());
                meters.counter("mall.search.sync.retries").increment();
            }
        });
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
        try {
            retry.execute(new Retryable<Void>() {
                @Override
                public Void execute() {
                    index.sync(event.productId());
                    return null;
                }

                @Override
                public String getName() {
                    return "Product event " + event;
                }
            });
            return true;
        } catch (RetryException e) {
            log.error("Product event {} failed {} times; dead-lettered", event, e.getRetryCount() + 1,
                    e.getLastException());
            return false;
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
            log.error("Invalid product event {} ({}); dead-lettered", StringUtils.truncate(text, 200), violations);
        } catch (JacksonException e) {
            log.error("Unreadable product event {}; dead-lettered: {}", StringUtils.truncate(text, 200),
                    e.getOriginalMessage());
        }
        return null;
    }

    private void count(String outcome) {
        meters.counter("mall.search.sync.messages", "outcome", outcome).increment();
    }
}
