package com.perflab.mall.portal.order;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Schedules "cancel if unpaid" for a committed order, on the TTL queue of the order's timeout. That queue is
 * declared on its first use in this process (a declaration is idempotent while the arguments match, and they
 * are fixed by the name) and remembered per timeout value. Publisher confirms are checked asynchronously so the
 * request does not wait for the broker; a nack, a return (unroutable) or a send failure is logged and counted as
 * {@code mall_order_cancel_publish_total{result}}. A return also forgets the declaration, so the next order
 * declares the queue again (someone deleted it). An order whose message is lost (or was never sent: broker down)
 * is closed by {@link OverdueOrderSweeper} once it is overdue; the lab alerts on result!="ack".
 * <p>
 * The shopper's request does not wait for the broker at all: the message is handed to one sender thread with
 * a bounded queue. A broker that hangs (or a listener container re-connecting, which holds the shared
 * connection) once kept an order request waiting 22 s; now only the sender waits. A full queue drops the
 * message ({@code result="dropped"}) and leaves the order to the sweeper. The send runs inside the request's
 * observation, so where tracing is on the message carries the order's trace and its consumer continues it.
 */
@Component
class CancelPublisher {

    private static final Logger log = LoggerFactory.getLogger(CancelPublisher.class);
    /** Orders placed while the broker hangs, waiting for the sender; beyond that the sweeper takes over. */
    private static final int QUEUE_CAPACITY = 10_000;

    private final RabbitTemplate rabbit;
    private final AmqpAdmin amqp;
    private final CancelQueueNames names;
    private final MeterRegistry meters;
    private final ObservationRegistry observations;
    private final Set<String> declared = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor sender;

    CancelPublisher(RabbitTemplate rabbit, AmqpAdmin amqp, CancelQueueNames names, MeterRegistry meters,
                    ObjectProvider<ObservationRegistry> observations) {
        this.rabbit = rabbit;
        this.amqp = amqp;
        this.names = names;
        this.meters = meters;
        this.observations = observations.getIfAvailable(() -> ObservationRegistry.NOOP);
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE_CAPACITY),
                task -> {
                    Thread thread = new Thread(task, "order-cancel-sender");
                    thread.setDaemon(true);
                    return thread;
                },
                (task, executor) -> {
                    count("dropped");
                    log.warn("Cancel sender queue full ({} waiting): a cancel message is dropped; the overdue"
                            + " order sweeper closes that order", QUEUE_CAPACITY);
                });
    }

    /** Hands the message to the sender thread; returns at once. */
    void scheduleCancel(long orderId, Duration delay) {
        Observation request = observations.getCurrentObservation();
        sender.execute(request == null ? () -> send(orderId, delay) : () -> request.scoped(() -> send(orderId, delay)));
    }

    /** Messages still queued are sent if the broker answers within the grace period; the sweeper covers the rest. */
    @PreDestroy
    void stop() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(5, TimeUnit.SECONDS)) {
            log.warn("{} cancel messages not sent at shutdown: the overdue order sweeper closes those orders",
                    sender.shutdownNow().size());
        }
    }

    private void send(long orderId, Duration delay) {
        String ttlQueue = names.ttlQueue(delay);
        declareOnce(ttlQueue, delay);
        CorrelationData correlation = new CorrelationData(orderId + ":" + UUID.randomUUID());
        try {
            rabbit.convertAndSend(names.exchange(), ttlQueue, Long.toString(orderId), correlation);
        } catch (AmqpException e) {
            count("error");
            log.error("Could not publish the cancel message of order {}", orderId, e);
            return;
        }
        correlation.getFuture().whenComplete((confirm, failure) -> {
            if (failure != null || confirm == null || !confirm.ack()) {
                count("nack");
                log.error("Broker did not confirm the cancel message of order {}: {}", orderId,
                        failure != null ? failure.toString() : confirm == null ? "no confirm" : confirm.reason());
            } else if (correlation.getReturned() != null) {
                count("returned");
                declared.remove(ttlQueue);
                log.error("Cancel message of order {} was unroutable: {}", orderId, correlation.getReturned());
            } else {
                count("ack");
            }
        });
    }

    /** The TTL queue of this timeout, dead-lettering into the cancel queue, bound under its own name. */
    private void declareOnce(String ttlQueue, Duration delay) {
        if (declared.contains(ttlQueue)) {
            return;
        }
        try {
            Queue queue = QueueBuilder.durable(ttlQueue)
                    .ttl(Math.toIntExact(delay.toMillis()))
                    .deadLetterExchange(names.exchange())
                    .deadLetterRoutingKey(names.cancelQueue())
                    .build();
            amqp.declareQueue(queue);
            Binding binding = BindingBuilder.bind(queue).to(new DirectExchange(names.exchange())).with(ttlQueue);
            amqp.declareBinding(binding);
            declared.add(ttlQueue);
            log.info("Declared cancel queue {} ({} until an unpaid order is cancelled)", ttlQueue, delay);
        } catch (AmqpException | ArithmeticException e) {
            // publishing still goes ahead: the queue may exist already; if not, the return is counted
            count("declare-error");
            log.error("Could not declare the cancel queue {}", ttlQueue, e);
        }
    }

    private void count(String result) {
        meters.counter("mall.order.cancel.publish", "result", result).increment();
    }
}
