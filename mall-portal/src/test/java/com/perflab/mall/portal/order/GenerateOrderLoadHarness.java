package com.perflab.mall.portal.order;

import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.portal.PortalIntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Latency of generateOrder with 20 concurrent buyers, measured in-process through MockMvc on the real
 * MariaDB/Redis/RabbitMQ (no Tomcat, no gateway). Not an assertion: it prints p50/p99. Run on demand:
 * {@code ../mvnw -B test -Dtest=GenerateOrderLoadHarness -Dmall.load=true [-Dmall.load.orders=40]}
 * (orders per buyer; the first round is a warm-up and not counted).
 */
@PortalIntegrationTest
@EnabledIfSystemProperty(named = "mall.load", matches = "true")
class GenerateOrderLoadHarness {

    static final int BUYERS = 20;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void generateOrderLatency() throws Exception {
        int perBuyer = Integer.getInteger("mall.load.orders", 40);
        try (OrderFixtures fx = new OrderFixtures(jdbc)) {
            OrderApi api = new OrderApi(mvc);
            // a few hot SKUs shared by all buyers, with stock for every order
            long[] skus = {fx.sku(100_000, "99.00"), fx.sku(100_000, "59.00"), fx.sku(100_000, "19.90")};
            List<long[]> buyers = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                long member = fx.member(0);
                buyers.add(new long[] {member, fx.address(member)});
            }
            List<long[]> samples = Concurrently.run(BUYERS, b -> () -> {
                long member = buyers.get(b)[0];
                long address = buyers.get(b)[1];
                long[] nanos = new long[perBuyer];
                for (int n = 0; n <= perBuyer; n++) {
                    List<Long> cart = List.of(fx.cartItem(member, skus[n % 3], 1), fx.cartItem(member, skus[(n + 1) % 3], 2));
                    long t0 = System.nanoTime();
                    OrderApi.Reply reply = api.generate(member, address, null, null, cart);
                    long took = System.nanoTime() - t0;
                    if (reply.status() != 200) {
                        throw new IllegalStateException(reply.body());
                    }
                    if (n > 0) {
                        nanos[n - 1] = took;
                    }
                }
                return nanos;
            });
            long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf("generateOrder, %d concurrent buyers, %d orders: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms%n", BUYERS, all.length, ms(all, 0.50), ms(all, 0.90), ms(all, 0.99),
                    all[all.length - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
