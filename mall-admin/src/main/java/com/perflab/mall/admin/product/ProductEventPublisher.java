package com.perflab.mall.admin.product;

import com.perflab.mall.common.tracing.TraceHandoff;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the product events (mall-search and mall-portal consume them), home content events and coupon events
 * (mall-portal) into the outbox (pms_product_event_outbox), inside the transaction of the change: the event exists if and
 * only if the change committed, whatever RabbitMQ's state.
 * Once the transaction committed, {@link ProductEventRelay} is started to send them right away; if the broker
 * is away they wait in the table for a later run. A failed insert fails the change (it rolls back). Each row
 * keeps the change's trace, which the relay continues ({@link TraceHandoff}).
 */
@Component
class ProductEventPublisher {

    private final ProductEventOutboxMapper outbox;
    private final ProductEventRelay relay;
    private final TraceHandoff traces;

    ProductEventPublisher(ProductEventOutboxMapper outbox, ProductEventRelay relay, TraceHandoff traces) {
        this.outbox = outbox;
        this.relay = relay;
        this.traces = traces;
    }

    /** Runs synchronously in the publishing thread, so in the change's own transaction. */
    @EventListener
    void write(ProductChanged changed) {
        if (changed.productIds().isEmpty()) {
            return;
        }
        outbox.insert(changed.productIds(), changed.type(), traces.current());
        relayAfterCommit();
    }

    @EventListener
    void write(HomeContentChanged changed) {
        outbox.insertHomeContent(traces.current());
        relayAfterCommit();
    }

    /** One row per product of the coupon, or one without a product for a coupon of every product. */
    @EventListener
    void write(CouponChanged changed) {
        if (changed.everyProduct()) {
            outbox.insertCouponOfEveryProduct(traces.current());
        } else if (!changed.productIds().isEmpty()) {
            outbox.insert(changed.productIds(), ProductEventOutboxMapper.COUPON, traces.current());
        } else {
            return;
        }
        relayAfterCommit();
    }

    private void relayAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    relay.trigger();
                }
            });
        } else {
            relay.trigger();
        }
    }
}
