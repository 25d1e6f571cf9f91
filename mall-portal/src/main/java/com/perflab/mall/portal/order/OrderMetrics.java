package com.perflab.mall.portal.order;

import com.perflab.mall.common.metrics.BusinessMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The order counters of the business dashboard. Inside a transaction an event counts only once it has
 * committed, so a rolled-back payment or a lost race never shows up as revenue.
 */
@Component
class OrderMetrics {

    private final Counter created;
    private final Counter paid;
    private final Counter gmv;
    private final Map<CancelReason, Counter> cancelled = new EnumMap<>(CancelReason.class);

    /** Who closed an unpaid order: the {@code reason} tag of {@code mall_orders_cancelled_total}. */
    enum CancelReason {
        USER, TIMEOUT, ADMIN
    }

    OrderMetrics(MeterRegistry meters) {
        created = BusinessMetrics.ordersPlaced(meters);
        paid = BusinessMetrics.ordersPaid(meters);
        gmv = BusinessMetrics.gmv(meters);
        for (CancelReason reason : CancelReason.values()) {
            cancelled.put(reason, BusinessMetrics.ordersCancelled(meters, reason.name().toLowerCase(Locale.ROOT)));
        }
    }

    void created() {
        afterCommit(created::increment);
    }

    void paid(BigDecimal payAmount) {
        afterCommit(() -> {
            paid.increment();
            gmv.increment(payAmount.doubleValue());
        });
    }

    void cancelled(CancelReason reason) {
        afterCommit(cancelled.get(reason)::increment);
    }

    private static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }
}
