package com.perflab.mall.search.sync;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;

/**
 * A product change, published by mall-admin on the topic exchange {@code mall.product.event} with routing
 * key {@code product.<type>}, body JSON:
 * <pre>{"productId": 42, "type": "updated", "at": "2025-06-01T08:00:00Z"}</pre>
 * {@code type} is one of created, updated, deleted, publish (publish status changed). The event carries
 * no product data on purpose: the consumer re-reads the database, so late, repeated or reordered events
 * all converge on the current state.
 */
record ProductEvent(
        @NotNull @Positive Long productId,
        @NotBlank @Pattern(regexp = "created|updated|deleted|publish") String type,
        Instant at) {

    static final String ROUTING_KEY_PREFIX = "product.";
}
