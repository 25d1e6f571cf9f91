package com.perflab.mall.portal.order;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Order numbers: yyyyMMdd + 2-digit source type + an 8-digit per-day counter in Redis, e.g.
 * 20260101010000042. Unique and, for one source, sortable by creation; the day key expires after two days.
 *
 * <p>Redis runs without persistence, so the counter can vanish (restart, eviction) or fall behind (a lagging
 * replica promoted). The counter is therefore never trusted to start from nothing: when the day's key is
 * missing, or when the database refused a number as a duplicate, the counter is raised to the highest number
 * of the day already in {@code oms_order} plus {@value #SEED_MARGIN} (room for orders that drew a number but
 * had not committed yet when the database was read). Raising is one Lua script ("set to at least N, then
 * increment"), so portal instances that do it at the same time still all draw different numbers, and a lower
 * seed never lowers a counter another instance already raised. {@link OrderService} retries a refused number.
 *
 * <p>Numbers of {@code ./mall data} (mall-schema's OrderGenerator) use counters from 90,000,000 on (often 9
 * digits); the portal's stay below that ({@link #COUNTER_LIMIT}), so the two never collide and the seed ignores
 * generated numbers.
 *
 * <p>Redis down: no number, and the order is refused with 503 ("try again"). Falling back to a database
 * counter would need a number range of its own that Redis cannot reach after it comes back; the rest of
 * placing an order needs the database only, so that is possible, but for now an outage of Redis stops new
 * orders for its duration and nothing else.
 */
@Component
class OrderSnGenerator {

    /** Counters at or above this belong to the bulk data generator (its SN_COUNTER_BASE). */
    static final long COUNTER_LIMIT = 90_000_000L;
    static final long SEED_MARGIN = 1000;
    static final Duration KEY_TTL = Duration.ofDays(2);

    private static final Logger log = LoggerFactory.getLogger(OrderSnGenerator.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The next number of an existing counter; 0 when the key is missing (never INCR a lost counter from 0). */
    private static final RedisScript<Long> NEXT_IF_PRESENT = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('INCR', KEYS[1]) end
            return 0""", Long.class);

    /** Raises the counter to at least ARGV[1] (never lowers it), then draws the next number. */
    private static final RedisScript<Long> RAISE_AND_NEXT = RedisScript.of("""
            local current = tonumber(redis.call('GET', KEYS[1]) or '0')
            if current < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2]) end
            return redis.call('INCR', KEYS[1])""", Long.class);

    private final StringRedisTemplate redis;
    private final OrderMapper mapper;
    private final Clock clock;
    private final String keyPrefix;

    OrderSnGenerator(StringRedisTemplate redis, OrderMapper mapper, Clock clock, OrderProperties properties) {
        this.redis = redis;
        this.mapper = mapper;
        this.clock = clock;
        this.keyPrefix = properties.snKeyPrefix();
    }

    /** The next order number: the day's counter, re-seeded from the database if Redis lost it. */
    String next(int sourceType) {
        String day = LocalDate.now(clock).format(DAY);
        Long counter = redisCall(() -> redis.execute(NEXT_IF_PRESENT, List.of(key(day))));
        if (counter == null || counter == 0) {
            counter = raise(day, "missing");
        }
        return format(day, sourceType, counter);
    }

    /** A number after the database refused one as a duplicate: the counter is behind the orders, raise it. */
    String nextAfterDuplicate(int sourceType) {
        String day = LocalDate.now(clock).format(DAY);
        return format(day, sourceType, raise(day, "behind"));
    }

    /** The highest portal counter of this day in oms_order (0 if none), ignoring generated numbers. */
    long highestInDatabase(String day) {
        Long max = mapper.findMaxDailyCounter(day, nextDay(day), COUNTER_LIMIT);
        return max == null ? 0 : max;
    }

    private long raise(String day, String why) {
        long seed = highestInDatabase(day) + SEED_MARGIN;
        Long counter = redisCall(() -> redis.execute(RAISE_AND_NEXT, List.of(key(day)), Long.toString(seed),
                Long.toString(KEY_TTL.toSeconds())));
        if (counter == null) {
            throw unavailable(null);
        }
        log.warn("Order number counter of {} was {}: raised to at least {} from oms_order, drew {}", day, why, seed,
                counter);
        return counter;
    }

    private static String format(String day, int sourceType, long counter) {
        if (counter >= COUNTER_LIMIT) {
            // past this the numbers would run into those of the data generator
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "今日订单号已用尽，请稍后再试");
        }
        return day + String.format("%02d%08d", sourceType, counter);
    }

    String key(String day) {
        return keyPrefix + day;
    }

    String today() {
        return LocalDate.now(clock).format(DAY);
    }

    private static String nextDay(String day) {
        return LocalDate.parse(day, DAY).plusDays(1).format(DAY);
    }

    private static Long redisCall(java.util.function.Supplier<Long> call) {
        try {
            return call.get();
        } catch (DataAccessException e) {
            throw unavailable(e);
        }
    }

    private static ApiException unavailable(Exception cause) {
        log.error("No order number: Redis is unavailable ({})", cause == null ? "no reply" : cause.toString());
        return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "下单繁忙，请稍后重试");
    }
}
