package com.perflab.mall.admin.product;

/**
 * The shop's home page content (advertises, home picks, flash sales) changed in the current transaction.
 * {@link ProductEventPublisher} writes it into the same outbox as the product events, so it goes out as a
 * {@code home.changed} message exactly when the change committed; mall-portal evicts its cached home page on it.
 */
public record HomeContentChanged() {

    public static final HomeContentChanged INSTANCE = new HomeContentChanged();
}
