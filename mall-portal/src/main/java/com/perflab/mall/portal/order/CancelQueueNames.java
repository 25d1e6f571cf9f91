package com.perflab.mall.portal.order;

import java.time.Duration;

/** Names of the cancel exchange and queues for a prefix and a timeout. */
record CancelQueueNames(String exchange, String ttlQueue, String cancelQueue, String parkingQueue) {

    static CancelQueueNames of(String prefix, Duration delay) {
        return new CancelQueueNames(prefix + ".direct", prefix + ".cancel.ttl." + delay.toMillis(),
                prefix + ".cancel", prefix + ".cancel.parking");
    }
}
