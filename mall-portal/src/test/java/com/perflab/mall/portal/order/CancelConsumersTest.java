package com.perflab.mall.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.perflab.mall.portal.PortalIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * The cancel queue is consumed by {@code mall.order.cancel.consumers} consumers per portal, 4 by default, so a
 * backlog of expired orders drains in parallel; {@link OrderTimeoutTest} runs with 1 (the slow-consumer exercise).
 */
@PortalIntegrationTest
class CancelConsumersTest {

    @Autowired
    RabbitListenerEndpointRegistry listeners;
    @Autowired
    @Qualifier("orderCancelQueue")
    Queue cancelQueue;

    @Test
    void theCancelQueueHasFourConsumersByDefault() {
        assertConsumers(listeners, cancelQueue, 4);
    }

    /** The listener container of the cancel queue runs {@code expected} consumers, on the broker too. */
    static void assertConsumers(RabbitListenerEndpointRegistry listeners, Queue cancelQueue, int expected) {
        List<SimpleMessageListenerContainer> containers = listeners.getListenerContainers().stream()
                .filter(c -> c instanceof SimpleMessageListenerContainer)
                .map(SimpleMessageListenerContainer.class::cast)
                .filter(c -> List.of(c.getQueueNames()).contains(cancelQueue.getName()))
                .toList();
        assertThat(containers).hasSize(1);
        SimpleMessageListenerContainer container = containers.get(0);
        assertThat(container.isRunning()).isTrue();
        // consumers start asynchronously once the context is up
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(container.getActiveConsumerCount()).isEqualTo(expected));
    }
}
