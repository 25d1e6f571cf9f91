package com.perflab.mall.portal.order;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The timeouts a new order gets: how long it may stay unpaid (normal_order_overtime, minutes) and after how many
 * days receipt is confirmed automatically (confirm_overtime), from oms_order_setting as the back office sets it.
 * A configured {@code mall.portal.order.cancel-delay} still wins over the setting (tests and labs use it).
 *
 * <p>The row is read at most once every {@value #REUSE_SECONDS} seconds and kept in memory in between, rather
 * than read for every order: generateOrder is one of the load-tested interfaces, and a query per order for a
 * value that changes a few times a year is pure overhead. Five seconds bounds how late a change made in the back
 * office reaches every portal instance, without any invalidation message between the services.
 */
@Component
class OrderTimeouts {

    static final int REUSE_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(OrderTimeouts.class);
    private static final long REUSE_NANOS = Duration.ofSeconds(REUSE_SECONDS).toNanos();
    private static final Duration DEFAULT_CANCEL_DELAY = Duration.ofMinutes(120);
    private static final int DEFAULT_CONFIRM_DAYS = 15;

    /** The timeouts one order is placed with. */
    record Current(Duration cancelDelay, int autoConfirmDays) {
    }

    private record Snapshot(Current current, long readAt) {
    }

    private final OrderMapper mapper;
    private final Duration override;
    private volatile Snapshot snapshot;

    OrderTimeouts(OrderMapper mapper, OrderProperties properties) {
        this.mapper = mapper;
        this.override = properties.cancelDelay();
    }

    Current current() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s == null || now - s.readAt() > REUSE_NANOS) {
            // concurrent callers may both read: harmless, the row is small and the result the same
            s = new Snapshot(read(), now);
            snapshot = s;
        }
        return s.current();
    }

    /** Drops the copy, so the next order reads the setting again. */
    void forget() {
        snapshot = null;
    }

    private Current read() {
        OrderMapper.TimeoutSetting row = mapper.findTimeoutSetting();
        Duration delay = override;
        if (delay == null) {
            if (row == null || row.normalOrderOvertime() == null || row.normalOrderOvertime() <= 0) {
                log.warn("oms_order_setting has no normal_order_overtime; unpaid orders close after {}",
                        DEFAULT_CANCEL_DELAY);
                delay = DEFAULT_CANCEL_DELAY;
            } else {
                delay = Duration.ofMinutes(row.normalOrderOvertime());
            }
        }
        int confirmDays = row == null || row.confirmOvertime() == null || row.confirmOvertime() <= 0
                ? DEFAULT_CONFIRM_DAYS : row.confirmOvertime();
        return new Current(delay, confirmDays);
    }
}
