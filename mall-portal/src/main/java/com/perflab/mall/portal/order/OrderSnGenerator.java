package com.perflab.mall.portal.order;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Order numbers: yyyyMMdd + 2-digit source type + an 8-digit (at least) per-day Redis counter, e.g.
 * 20260101010000042. Unique and, for one source, sortable by creation; the day key expires after two days.
 */
@Component
class OrderSnGenerator {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final StringRedisTemplate redis;
    private final Clock clock;

    OrderSnGenerator(StringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    String next(int sourceType) {
        String day = LocalDate.now(clock).format(DAY);
        String key = "mall-portal:order-sn:" + day;
        Long counter = redis.opsForValue().increment(key);
        if (counter == null) {
            throw new IllegalStateException("Redis returned no counter for " + key);
        }
        if (counter == 1L) {
            redis.expire(key, Duration.ofDays(2));
        }
        return day + String.format("%02d%08d", sourceType, counter);
    }
}
