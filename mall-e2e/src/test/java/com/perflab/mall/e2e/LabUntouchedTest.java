package com.perflab.mall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.perflab.mall.e2e.Shoppers.Shopper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: an e2e run leaves the user's lab as it was, whether or not the lab is running. Ordered after every
 * other e2e class (the class orderer in mall-e2e's pom), it compares the lab's data ({@link LabFingerprint})
 * with what it was before the run's first private lab started. It also makes a shopper order and an admin log in
 * through the private lab itself, so that run alone it still proves something. Skipped when the lab has no
 * database (then there is no lab to protect), or when its data changed while its own services were running
 * (then the change cannot be told apart from the lab's own work).
 */
@Order(Integer.MAX_VALUE)
class LabUntouchedTest {

    /** RabbitMQ's management statistics lag up to 5 s (collect_statistics_interval). */
    static final long STATS_LAG_MS = 6_000;

    @Test
    void theLabsDataIsAsItWasBeforeTheRun() throws Exception {
        LabFingerprint.Snapshot before = LabFingerprint.recordBaseline();
        assumeTrue(before.databaseExists(), "no lab database `" + LabFingerprint.DB + "` (or the user of MALL_DB_*"
                + " cannot see it): no lab to protect; -Dmall.lab.db.name names another");

        PrivateLab lab = PrivateLab.shared();
        Shopper shopper = Shoppers.register(lab);
        long address = Shoppers.addAddress(lab, shopper);
        long cartLine = Shoppers.addToCart(lab, shopper, 1);
        Shoppers.generateOrder(lab, shopper, address, cartLine);
        assertThat(Admins.login(lab, "admin")).isNotEmpty();
        assertThat(lab.get("/mall-portal/home/content", Map.of()).statusCode()).isEqualTo(200);
        Thread.sleep(STATS_LAG_MS);

        LabFingerprint.Snapshot after = LabFingerprint.take();
        System.out.println("lab fingerprint after the run: " + after.summary());
        var differences = before.differencesTo(after);
        // a running lab changes its own data (its timers, a load test): then a difference proves nothing about
        // this run, and the suite must pass whatever the user's lab is doing
        List<String> running = runningLabServices(lab);
        assumeTrue(differences.isEmpty() || running.isEmpty(), () -> "the lab's data changed during the run, but"
                + " the lab's own services " + running + " are running and may have changed it: " + differences);
        assertThat(differences)
                .as("the lab's data changed during the e2e run (database %s, Redis db %d, vhost %s, alias %s, its"
                        + " MongoDB database); the private labs used %s and ports %s", LabFingerprint.DB,
                        LabFingerprint.REDIS_DB, LabFingerprint.VHOST, LabFingerprint.SEARCH_ALIAS, lab.database.database(),
                        lab.ports())
                .isEmpty();
    }

    /** The lab's services answering their health check on their standard ports. */
    private static List<String> runningLabServices(PrivateLab lab) {
        List<String> running = new ArrayList<>();
        PrivateLab.STANDARD_PORTS.forEach((service, port) -> {
            if (lab.answersHealthCheck(port)) {
                running.add(service + ":" + port);
            }
        });
        return running;
    }
}
