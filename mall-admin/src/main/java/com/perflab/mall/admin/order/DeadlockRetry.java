package com.perflab.mall.admin.order;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Runs a transactional service call again when the database chose it as a deadlock victim (or its lock wait
 * timed out). Order changes race with the portal's pay and cancel on the same rows; the portal's statements
 * may take the row through a secondary index, and InnoDB then resolves the cycle by rolling one side back.
 * The victim's transaction changed nothing, so running it again is safe: its conditional UPDATEs then see
 * the winner's result and answer as for any lost race (409).
 */
@Component
class DeadlockRetry {

    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);
    private static final int ATTEMPTS = 3;

    <T> T call(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (PessimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                log.info("Order change lost a lock race (attempt {}), running it again: {}", attempt, e.getMessage());
            }
        }
    }

    void run(Runnable transaction) {
        call(() -> {
            transaction.run();
            return null;
        });
    }
}
