package com.perflab.mall.search.sync;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mall.search.sync.*}.
 *
 * @param exchange    the topic exchange product events are published on
 * @param queuePrefix names of this service's queues ({@code {prefix}.product-sync} and its {@code .dlq});
 *                    tests use their own so they never consume the lab's events, nor the other way round
 * @param maxAttempts tries per event before it is dead-lettered
 * @param backoff     pause before the second try, doubled for each further one
 */
@Validated
@ConfigurationProperties("mall.search.sync")
record SyncProperties(
        @NotBlank @DefaultValue("mall.product.event") String exchange,
        @NotBlank @DefaultValue("mall.search") String queuePrefix,
        @Min(1) @Max(10) @DefaultValue("3") int maxAttempts,
        @NotNull @DefaultValue("500ms") Duration backoff) {

    String queue() {
        return queuePrefix + ".product-sync";
    }

    String deadLetterQueue() {
        return queue() + ".dlq";
    }
}
