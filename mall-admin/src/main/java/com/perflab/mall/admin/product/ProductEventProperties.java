package com.perflab.mall.admin.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code mall.admin.product-events.*}.
 *
 * @param exchange the topic exchange mall-search and mall-portal listen on; tests use their own
 * @param relay    the relay of the outbox table to the exchange ({@link ProductEventRelay})
 */
@Validated
@ConfigurationProperties("mall.admin.product-events")
record ProductEventProperties(@NotBlank @DefaultValue("mall.product.event") String exchange,
                              @Valid @NotNull @DefaultValue Relay relay) {

    /**
     * {@code mall.admin.product-events.relay.*}. Every commit that wrote events starts a relay run at once; the
     * schedule only catches what those runs could not send (broker down) and rows of other instances.
     *
     * @param interval       pause between two scheduled runs
     * @param batchSize      rows claimed, published and confirmed together
     * @param confirmTimeout how long a batch waits for the broker's confirms before it is tried again later
     */
    record Relay(@NotNull @DefaultValue("5s") Duration interval,
                 @Min(1) @Max(1000) @DefaultValue("100") int batchSize,
                 @NotNull @DefaultValue("5s") Duration confirmTimeout) {
    }
}
