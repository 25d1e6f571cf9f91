package com.perflab.mall.admin.product;

import java.util.List;

/**
 * Products changed in the current transaction; {@link ProductEventPublisher} turns it into one
 * {@code mall.product.event} message per product once (and only if) the transaction commits.
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
