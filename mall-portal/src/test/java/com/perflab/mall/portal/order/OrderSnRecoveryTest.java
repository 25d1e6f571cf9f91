package com.perflab.mall.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import com.perflab.mall.common.test.Concurrently;
import com.perflab.mall.common.test.FaultProxy;
import com.perflab.mall.portal.PortalIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Order numbers when Redis loses the day's counter (deleted here, as a restart without persistence does) or
 * holds one that fell behind: numbers stay unique, every order is placed (200, never 500), and numbers written
 * by the data generator are never drawn. Only this test database's own counter key is deleted.
 */
@PortalIntegrationTest
class OrderSnRecoveryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    OrderSnGenerator generator;
    @Autowired
    OrderMapper mapper;
    @Autowired
    OrderProperties properties;

    OrderFixtures fx;
    OrderApi api;
    long sku;
    String key;

    @BeforeEach
    void setUp() {
        fx = new OrderFixtures(jdbc);
        api = new OrderApi(mvc);
        sku = fx.sku(1000, "5.00");
        key = generator.key(generator.today());
        assertThat(key).as("a key of the test database, never the lab's").doesNotStartWith("mall-portal:");
    }

    @AfterEach
    void removeTestRows() {
        fx.close();
    }

    @Test
    void afterTheCounterIsLostNumbersStayUniqueSequentiallyAndConcurrently() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(placeOne());
        }
        long highest = counterOf(numbers.get(numbers.size() - 1));

        redis.delete(key);
        for (int i = 0; i < 5; i++) {
            numbers.add(placeOne());
        }
        assertThat(counterOf(numbers.get(5))).as("re-seeded above the day's orders").isGreaterThan(highest);

        redis.delete(key);
        List<long[]> buyers = buyers(20);
        List<OrderApi.Reply> replies = Concurrently.run(20, i -> () -> {
            long[] b = buyers.get(i);
            return api.generate(b[0], b[1], null, null, List.of(b[2]));
        });
        for (OrderApi.Reply reply : replies) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            numbers.add(reply.read("$.data.order.orderSn"));
        }
        assertThat(new HashSet<>(numbers)).hasSize(numbers.size());
        assertThat(numbers).allSatisfy(n -> assertThat(n).startsWith(generator.today() + "01").hasSize(18));
    }

    @Test
    void aCounterThatFellBehindIsRaisedAndTheOrderPlacedUnderAFreshNumber() throws Exception {
        String first = placeOne();
        String second = placeOne();
        // as if a lagging replica took over: the next INCR hands out a number the database already holds
        redis.opsForValue().set(key, Long.toString(counterOf(second) - 1), Duration.ofHours(1));
        String third = placeOne();
        assertThat(third).isNotIn(first, second);
        assertThat(counterOf(third)).isGreaterThan(counterOf(second));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM oms_order WHERE order_sn IN (?, ?, ?)", Integer.class,
                first, second, third)).isEqualTo(3);
    }

    @Test
    void theSeedIgnoresNumbersOfTheDataGenerator() throws Exception {
        String today = generator.today();
        long member = fx.member(0);
        // the generator's formats: counter 90,000,000 + id, 8 digits (small ids) or 9 (ids from 10 M)
        insertOrder(member, today + "01" + (OrderSnGenerator.COUNTER_LIMIT + 123));
        insertOrder(member, today + "01" + 120_000_000L);
        long before = generator.highestInDatabase(today);
        assertThat(before).isLessThan(OrderSnGenerator.COUNTER_LIMIT);

        redis.delete(key);
        String placed = placeOne();
        assertThat(counterOf(placed)).isEqualTo(before + OrderSnGenerator.SEED_MARGIN + 1);
    }

    @Test
    void redisDownIsA503InTheEnvelopeNotA500() {
        try (FaultProxy proxy = FaultProxy.to("127.0.0.1", 6379)) {
            proxy.mode(FaultProxy.Mode.DOWN);
            LettuceConnectionFactory factory = new LettuceConnectionFactory(
                    new RedisStandaloneConfiguration("127.0.0.1", proxy.port()),
                    LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(1)).build());
            factory.afterPropertiesSet();
            factory.start();
            try {
                OrderSnGenerator down = new OrderSnGenerator(new StringRedisTemplate(factory), mapper,
                        Clock.systemDefaultZone(), properties);
                assertThatThrownBy(() -> down.next(OrderService.SOURCE_APP)).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
            } finally {
                factory.destroy();
            }
        }
    }

    private String placeOne() throws Exception {
        long[] b = buyers(1).get(0);
        OrderApi.Reply reply = api.generate(b[0], b[1], null, null, List.of(b[2]));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.read("$.data.order.orderSn");
    }

    private List<long[]> buyers(int n) {
        List<long[]> buyers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long member = fx.member(0);
            buyers.add(new long[] {member, fx.address(member), fx.cartItem(member, sku, 1)});
        }
        return buyers;
    }

    private void insertOrder(long member, String orderSn) {
        jdbc.update("INSERT INTO oms_order (member_id, order_sn, status) VALUES (?, ?, 3)", member, orderSn);
    }

    private static long counterOf(String orderSn) {
        return Long.parseLong(orderSn.substring(10));
    }
}
