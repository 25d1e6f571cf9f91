package com.perflab.mall.portal.order;

import java.time.Duration;

/**
 * Names of the cancel exchange and queues for a prefix. The TTL queue depends on the timeout: there is one per
 * timeout value in use ({@code {prefix}.cancel.ttl.{millis}}), since a queue's TTL cannot change once declared.
 */
record CancelQueueNames(String prefix, String exchange, String cancelQueue, String parkingQueue) {

    static CancelQueueNames of(String prefix) {
        return new CancelQueueNames(prefix, prefix + ".direct", prefix + ".cancel", prefix + ".cancel.parking");
    }

    String ttlQueue(Duration delay) {
        return prefix + ".cancel.ttl." + delay.toMillis();
    }
}
