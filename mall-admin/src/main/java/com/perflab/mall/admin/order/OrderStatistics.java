package com.perflab.mall.admin.order;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The back office's dashboard: orders and sales of today, yesterday and this week (from Monday), by the
 * database's calendar, and the work waiting. Sales are what paid orders (to ship, shipped, done) paid.
 */
record OrderStatistics(LocalDate day, Period today, Period yesterday, Period week, Pending pending) {

    /** Orders placed from {@code from} until {@code to} (exclusive), how many of them are paid, what those paid. */
    record Period(LocalDate from, LocalDate to, long orders, long paidOrders, BigDecimal sales) {
    }

    /** Orders waiting for payment, orders to ship, return requests nobody has handled. */
    record Pending(long unpaid, long toShip, long returnsWaiting) {
    }
}
