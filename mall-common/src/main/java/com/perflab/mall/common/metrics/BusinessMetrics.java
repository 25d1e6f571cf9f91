package com.perflab.mall.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The business counters of the mall, one definition for every service, so dashboards and JMeter reports can
 * rely on the names. Services create them at start-up (a counter that exists only after its first event
 * makes dashboards show "no data" instead of 0). Prometheus names: {@code mall_logins_total{type,result}},
 * {@code mall_searches_total{result}}, {@code mall_orders_placed_total}, {@code mall_orders_paid_total},
 * {@code mall_orders_cancelled_total{reason}}, {@code mall_orders_gmv_total} (yuan paid). "placed", not
 * "created": the Prometheus client reserves the {@code _created} suffix and strips it from names.
 */
public final class BusinessMetrics {

    private BusinessMetrics() {
    }

    /** @param type member or admin; @param success whether a token was issued */
    public static Counter logins(MeterRegistry meters, String type, boolean success) {
        return Counter.builder("mall.logins").description("login attempts")
                .tag("type", type).tag("result", success ? "success" : "failure").register(meters);
    }

    /** @param hit whether the search found anything */
    public static Counter searches(MeterRegistry meters, boolean hit) {
        return Counter.builder("mall.searches").description("product searches")
                .tag("result", hit ? "hit" : "empty").register(meters);
    }

    public static Counter ordersPlaced(MeterRegistry meters) {
        return Counter.builder("mall.orders.placed").description("orders generated").register(meters);
    }

    public static Counter ordersPaid(MeterRegistry meters) {
        return Counter.builder("mall.orders.paid").description("orders paid (first payment callback only)")
                .register(meters);
    }

    /** @param reason timeout, user or admin */
    public static Counter ordersCancelled(MeterRegistry meters, String reason) {
        return Counter.builder("mall.orders.cancelled").description("unpaid orders closed")
                .tag("reason", reason).register(meters);
    }

    /** Gross merchandise value: the pay amounts of paid orders, in yuan. */
    public static Counter gmv(MeterRegistry meters) {
        // no base unit: Prometheus would append it to the name (mall_orders_gmv_yuan_total)
        return Counter.builder("mall.orders.gmv").description("pay amount of paid orders, in yuan").register(meters);
    }
}
