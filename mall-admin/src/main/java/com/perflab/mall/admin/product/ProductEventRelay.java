package com.perflab.mall.admin.product;

import com.perflab.mall.common.tracing.TraceHandoff;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays pms_product_event_outbox to the exchange mall-search and mall-portal listen on: product events with
 * routing key {@code product.<type>}, home content events with {@code home.changed} and coupon events with
 * {@code coupon.changed} (only mall-portal binds those). A run claims the oldest rows
 * ({@code FOR UPDATE SKIP LOCKED}, so two admin instances split the rows instead of sending them twice), publishes
 * them in id order with publisher confirms and deletes, in the same transaction, exactly the rows the broker
 * confirmed; the others stay (attempts + 1) for a later run. Delivery is at least once (a crash between the
 * confirm and the commit sends a row again), which the consumers absorb: mall-search re-reads the product,
 * mall-portal evicts a cache entry that may already be gone.
 * An unroutable event (no queue bound yet: mall-search never ran) counts as delivered, as a plain publish would.
 *
 * <p>Runs after every commit that wrote events ({@link #trigger()}) and every {@code interval}; while the broker
 * is unreachable a run touches no row (one WARN when it goes, one INFO with the count relayed when it is back). Visible as {@code mall_product_events_relayed_total{result}},
 * {@code mall_product_events_relay_failed_total{reason}}, and the backlog gauges
 * {@code mall_product_events_outbox_pending} and {@code mall_product_events_outbox_oldest_seconds}.
 *
 * <p>One thread of its own rather than {@code @Scheduled} plus {@code @Async}: triggered and scheduled runs
 * must never overlap (one claims what the other waits for), triggers asked for while one waits coalesce into
 * one run, and stop waits for a batch in flight; a single-thread executor gives all three.
 */
@Component
class ProductEventRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProductEventRelay.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The body of a product event, the contract of mall-search's {@code ProductEvent}. */
    record ProductEvent(long productId, String type, String at) {
    }

    /**
     * The body of an event without a product: home content, or a coupon of every product (mall-portal's
     * {@code CatalogEvent} reads all three; a coupon event of one product has the shape of a product event).
     */
    record EventWithoutProduct(String type, String at) {
    }

    static final String HOME_CONTENT_ROUTING_KEY = "home.changed";
    static final String COUPON_ROUTING_KEY = "coupon.changed";

    /** What one batch did. */
    record Batch(int claimed, int relayed) {
    }

    private final ProductEventOutboxMapper outbox;
    private final RabbitTemplate rabbit;
    private final ConnectionFactory connections;
    private final TransactionTemplate transactions;
    private final String exchange;
    private final ProductEventProperties.Relay settings;
    private final MeterRegistry meters;
    private final TraceHandoff traces;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final AtomicBoolean triggered = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile boolean brokerDown;

    ProductEventRelay(ProductEventOutboxMapper outbox, RabbitTemplate rabbit, ConnectionFactory connections,
                      PlatformTransactionManager transactionManager, ProductEventProperties properties,
                      MeterRegistry meters, TraceHandoff traces) {
        this.outbox = outbox;
        this.rabbit = rabbit;
        this.connections = connections;
        this.transactions = new TransactionTemplate(transactionManager);
        // its own transaction, without gap locks (see the claim)
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.exchange = properties.exchange();
        this.settings = properties.relay();
        this.meters = meters;
        this.traces = traces;
        Gauge.builder("mall.product.events.outbox.pending", pending, AtomicLong::get)
                .description("product events waiting in the outbox").register(meters);
        Gauge.builder("mall.product.events.outbox.oldest", oldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("age of the oldest product event waiting in the outbox").register(meters);
    }

    /** Starts a run soon, on the relay's thread; runs asked for while one waits to start are one run. */
    void trigger() {
        ScheduledExecutorService current = executor;
        if (current != null && triggered.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    triggered.set(false);
                    runSafely();
                });
            } catch (RejectedExecutionException e) {
                triggered.set(false); // shutting down: the next start relays the rows
            }
        }
    }

    /** Batches until the outbox is empty or a batch was not sent whole; the number of events relayed. */
    int drain() {
        int relayed = 0;
        boolean reachable = brokerReachable();
        if (reachable) {
            Batch batch;
            do {
                batch = relayBatch();
                relayed += batch.relayed();
            } while (batch.claimed() == settings.batchSize() && batch.relayed() == batch.claimed());
        }
        ProductEventOutboxMapper.Backlog backlog = outbox.backlog();
        pending.set(backlog.pending());
        oldestSeconds.set(backlog.oldestSeconds() == null ? 0 : backlog.oldestSeconds());
        if (!reachable && !brokerDown) {
            log.warn("RabbitMQ unreachable: product events wait in the outbox ({} now)", backlog.pending());
        } else if (reachable && brokerDown) {
            log.info("RabbitMQ reachable again: relayed {} waiting product events, {} left", relayed,
                    backlog.pending());
        }
        brokerDown = !reachable;
        return relayed;
    }

    /** One batch in one transaction: claim, publish, wait for the confirms, delete what was confirmed. */
    Batch relayBatch() {
        Batch batch = transactions.execute(status -> {
            List<ProductEventOutboxMapper.OutboxRow> rows = outbox.claim(settings.batchSize());
            if (rows.isEmpty()) {
                return new Batch(0, 0);
            }
            List<Long> confirmed = publish(rows);
            confirmed.forEach(outbox::delete);
            if (confirmed.size() < rows.size()) {
                List<Long> left = rows.stream().map(ProductEventOutboxMapper.OutboxRow::id)
                        .filter(id -> !confirmed.contains(id)).toList();
                left.forEach(outbox::countAttempt);
                log.warn("{} of {} product events not confirmed by the broker; they stay in the outbox",
                        left.size(), rows.size());
            }
            long late = rows.stream().filter(r -> r.attempts() > 0 && confirmed.contains(r.id())).count();
            if (late > 0) {
                log.info("Relayed {} product events that had waited in the outbox", late);
            }
            return new Batch(rows.size(), confirmed.size());
        });
        return batch == null ? new Batch(0, 0) : batch;
    }

    private List<Long> publish(List<ProductEventOutboxMapper.OutboxRow> rows) {
        List<CorrelationData> sent = new ArrayList<>();
        for (ProductEventOutboxMapper.OutboxRow row : rows) {
            CorrelationData correlation = new CorrelationData("product-event-" + row.id());
            try {
                // in the change's trace: the message carries it on to the consumers
                traces.continueTrace(row.traceParent(), "mall.product.events.relay",
                        () -> rabbit.send(exchange, routingKey(row), message(row), correlation));
            } catch (AmqpException e) {
                failed("send-error");
                log.warn("Event {} of product {} not sent: {}", row.type(), row.productId(), e.toString());
                break; // the rest waits for the next run, in order
            }
            sent.add(correlation);
        }
        List<Long> confirmed = new ArrayList<>();
        long deadline = System.nanoTime() + settings.confirmTimeout().toNanos();
        for (int i = 0; i < sent.size(); i++) {
            CorrelationData correlation = sent.get(i);
            try {
                CorrelationData.Confirm confirm = correlation.getFuture()
                        .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (confirm.ack()) {
                    confirmed.add(rows.get(i).id());
                    relayed(correlation.getReturned() == null ? "confirmed" : "unroutable");
                } else {
                    failed("nack");
                }
            } catch (TimeoutException | ExecutionException e) {
                failed("no-confirm");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return confirmed;
    }

    private static String routingKey(ProductEventOutboxMapper.OutboxRow row) {
        return row.homeContent() ? HOME_CONTENT_ROUTING_KEY
                : row.coupon() ? COUPON_ROUTING_KEY : "product." + row.type();
    }

    private static Message message(ProductEventOutboxMapper.OutboxRow row) {
        String at = row.createTime().atZone(ZoneId.systemDefault()).toInstant().toString();
        Object body = row.productId() == null ? new EventWithoutProduct(row.type(), at)
                : new ProductEvent(row.productId(), row.type(), at);
        return MessageBuilder.withBody(JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding(StandardCharsets.UTF_8.name())
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .setMessageId("product-event-" + row.id())
                .build();
    }

    /** Whether a connection to the broker is open or can be opened now (the factory keeps it). */
    private boolean brokerReachable() {
        try {
            connections.createConnection().close();
            return true;
        } catch (AmqpException e) {
            return false;
        }
    }

    private void runSafely() {
        try {
            drain();
        } catch (RuntimeException e) {
            // the database may be away: the next run tries again
            log.warn("Product event relay run failed: {}", e.toString());
        }
    }

    private void relayed(String result) {
        meters.counter("mall.product.events.relayed", "result", result).increment();
    }

    private void failed(String reason) {
        meters.counter("mall.product.events.relay.failed", "reason", reason).increment();
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "product-event-relay");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.interval().toMillis();
        // the first run soon: events left by the previous process go out without waiting a whole interval
        started.scheduleWithFixedDelay(this::runSafely, Math.min(every, 1000), every, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdown();
            try {
                // a run in progress finishes its batch (bounded by the confirm timeout)
                current.awaitTermination(settings.confirmTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
