package com.perflab.mall.portal.order;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Closes unpaid orders that outlived their timeout without being closed: their cancel message was never
 * published (RabbitMQ down when they were placed), was lost, or was parked. The cancel message stays the normal
 * path; this is the safety net, so an order is left to it for {@code grace} beyond the timeout first.
 *
 * <p>Each order goes through {@link OrderStateService#cancelExpired}, the consumer's own close: a conditional
 * UPDATE on status 0, so the sweeper of another portal instance, a late cancel message or the member's own cancel
 * racing it cannot close an order twice or return its stock, coupon or points twice. The query is paged by
 * (create_time, id) with a LIMIT on the (status, create_time) index; orders that failed to close are stepped
 * over and tried again on the next run. The timeout is the one new orders get now ({@link OrderTimeouts}); after
 * the back office shortens it, older orders are closed by the new, shorter value.
 *
 * <p>Visible as {@code mall_order_sweep_closed_total}, {@code mall_order_sweep_failed_total}, the run time
 * {@code mall_order_sweep_seconds}, the {@code mall_orders_cancelled_total{reason="timeout"}} it shares with
 * the consumer, and one INFO line per run that closed something.
 */
@Component
class OverdueOrderSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OverdueOrderSweeper.class);
    private static final LocalDateTime BEGINNING = LocalDateTime.of(1970, 1, 1, 0, 0);

    /** What one run did. */
    record Result(int found, int closed, int failed) {
    }

    private final OrderMapper mapper;
    private final OrderStateService states;
    private final OrderTimeouts timeouts;
    private final OrderProperties.Sweep settings;
    private final Counter closedCounter;
    private final Counter failedCounter;
    private final Timer runs;
    private final AtomicLong lastClosed = new AtomicLong();
    private volatile ScheduledExecutorService scheduler;

    OverdueOrderSweeper(OrderMapper mapper, OrderStateService states, OrderTimeouts timeouts,
                        OrderProperties properties, MeterRegistry meters) {
        this.mapper = mapper;
        this.states = states;
        this.timeouts = timeouts;
        this.settings = properties.sweep();
        this.closedCounter = Counter.builder("mall.order.sweep.closed")
                .description("overdue unpaid orders the sweeper closed").register(meters);
        this.failedCounter = Counter.builder("mall.order.sweep.failed")
                .description("overdue unpaid orders the sweeper could not close (tried again next run)")
                .register(meters);
        this.runs = Timer.builder("mall.order.sweep").description("runs of the overdue order sweeper")
                .register(meters);
        meters.gauge("mall.order.sweep.last.closed", lastClosed);
    }

    /** One run over every order overdue now, {@code batchSize} at a time. */
    Result sweep() {
        return runs.record(() -> {
            Duration overdueAfter = timeouts.current().cancelDelay().plus(settings.grace());
            LocalDateTime afterTime = BEGINNING;
            long afterId = 0;
            int found = 0;
            int closed = 0;
            int failed = 0;
            List<OrderMapper.OverdueOrder> batch;
            do {
                batch = mapper.findOverdueUnpaid(overdueAfter.toSeconds(), afterTime, afterId, settings.batchSize());
                for (OrderMapper.OverdueOrder order : batch) {
                    found++;
                    try {
                        if (states.cancelExpired(order.id())) {
                            closed++;
                        }
                    } catch (RuntimeException e) {
                        failed++;
                        log.error("Sweeper could not close overdue order {}", order.id(), e);
                    }
                }
                if (!batch.isEmpty()) {
                    OrderMapper.OverdueOrder last = batch.get(batch.size() - 1);
                    afterTime = last.createTime();
                    afterId = last.id();
                }
            } while (batch.size() == settings.batchSize());
            closedCounter.increment(closed);
            failedCounter.increment(failed);
            lastClosed.set(closed);
            if (closed > 0 || failed > 0) {
                log.info("Sweeper closed {} of {} unpaid orders placed more than {} ago, {} failed", closed, found,
                        overdueAfter, failed);
            }
            return new Result(found, closed, failed);
        });
    }

    private void scheduledRun() {
        try {
            sweep();
        } catch (RuntimeException e) {
            // the database may be away: the next run tries again
            log.error("Overdue order sweep failed: {}", e.toString());
        }
    }

    @Override
    public void start() {
        if (!settings.enabled()) {
            log.info("Overdue order sweeper is off (mall.portal.order.sweep.enabled=false)");
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "order-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.interval().toMillis();
        executor.scheduleWithFixedDelay(this::scheduledRun, every, every, TimeUnit.MILLISECONDS);
        scheduler = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = scheduler;
        scheduler = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
