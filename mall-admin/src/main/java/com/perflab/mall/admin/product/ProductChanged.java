package com.perflab.mall.admin.product;

import java.util.List;

/**
 * Products changed in the current transaction; {@link ProductEventPublisher} writes one outbox row per product
 * in that transaction, which {@link ProductEventRelay} sends as a {@code mall.product.event} message once (and
 * only if) the transaction committed.
 *
 * @param productIds the changed products
 * @param type       created, updated, deleted or publish (the routing key is {@code product.<type>})
 */
public record ProductChanged(List<Long> productIds, String type) {

    public ProductChanged {
        productIds = List.copyOf(productIds);
    }

    public static ProductChanged updated(List<Long> productIds) {
        return new ProductChanged(productIds, "updated");
    }
}
