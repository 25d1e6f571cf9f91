package com.perflab.mall.member.sso;

import com.perflab.mall.common.api.ApiException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Six-digit codes that prove a caller holds a telephone, kept in Redis under
 * {@code mall:member:auth-code:<telephone>} with a TTL. A code is single-use, a telephone gets at most one
 * code per resend interval and a few per hour, a client address a few dozen per hour (counters under
 * {@code mall.member.auth-code.limit-key-prefix}), and a few wrong guesses discard the code.
 *
 * <p>The send limits are Redis counters rather than Sentinel rules for the same reason as mall-common's
 * {@code LoginAttempts}: they hold per telephone and per address across every instance and for an hour,
 * where Sentinel counts per JVM and per second.
 */
@Component
class AuthCodes {

    private static final String CODE_KEY = "mall:member:auth-code:";
    private static final String SENT_KEY = "mall:member:auth-code-sent:";
    private static final String FAILURES_KEY = "mall:member:auth-code-failures:";

    /** Deletes the code only if it is still the one presented, so two requests cannot both use it. */
    private static final RedisScript<Long> CONSUME = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end",
            Long.class);

    /**
     * The three limits of issuing, checked and counted in one step so concurrent requests are counted
     * exactly: KEYS = resend marker, telephone counter, address counter; ARGV = resend interval ms, window
     * ms, max per telephone, max per address. Returns {0, 0} when issued, else {which limit, ms to wait}.
     */
    private static final RedisScript<List> ISSUE = RedisScript.of("""
            local resend = redis.call('PTTL', KEYS[1])
            if resend > 0 then return {1, resend} end
            local function full(key, max)
              local n = tonumber(redis.call('GET', key) or '0')
              if n < max then return 0 end
              local ttl = redis.call('PTTL', key)
              if ttl < 0 then return tonumber(ARGV[2]) end
              return ttl
            end
            local wait = full(KEYS[2], tonumber(ARGV[3]))
            if wait > 0 then return {2, wait} end
            wait = full(KEYS[3], tonumber(ARGV[4]))
            if wait > 0 then return {3, wait} end
            redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
            for i = 2, 3 do
              if redis.call('INCR', KEYS[i]) == 1 then redis.call('PEXPIRE', KEYS[i], ARGV[2]) end
            end
            return {0, 0}""", List.class);

    private final StringRedisTemplate redis;
    private final SsoProperties.AuthCode settings;
    private final SecureRandom random = new SecureRandom();

    AuthCodes(StringRedisTemplate redis, SsoProperties properties) {
        this.redis = redis;
        this.settings = properties.authCode();
    }

    /**
     * A new code for the telephone; 429 with Retry-After when one was issued within the resend interval, or
     * the telephone or the client address had its codes for the window.
     */
    String issue(String telephone, String clientAddress) {
        List<?> verdict = redis.execute(ISSUE, List.of(SENT_KEY + telephone,
                        settings.limitKeyPrefix() + "phone:" + telephone,
                        settings.limitKeyPrefix() + "addr:" + clientAddress),
                Long.toString(settings.resendInterval().toMillis()), Long.toString(settings.limitWindow().toMillis()),
                Integer.toString(settings.maxPerTelephone()), Integer.toString(settings.maxPerAddress()));
        long refused = verdict == null ? 0 : ((Number) verdict.get(0)).longValue();
        if (refused != 0) {
            Duration wait = Duration.ofMillis(((Number) verdict.get(1)).longValue());
            throw ApiException.tooManyRequests(refused == 1 ? "验证码已发送，请稍后再试" : "获取验证码过于频繁，请稍后再试", wait);
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        redis.opsForValue().set(CODE_KEY + telephone, code, settings.ttl());
        redis.delete(FAILURES_KEY + telephone);
        return code;
    }

    /** Whether the code would be accepted, without using it up; 400 when it is wrong or expired. */
    void check(String telephone, String code) {
        String expected = redis.opsForValue().get(CODE_KEY + telephone);
        if (expected == null) {
            throw ApiException.badRequest("验证码已过期或不存在，请重新获取");
        }
        if (!expected.equals(code)) {
            countFailure(telephone);
            throw ApiException.badRequest("验证码错误");
        }
    }

    /** Checks and uses up the code in one go. */
    void use(String telephone, String code) {
        check(telephone, code);
        consume(telephone, code);
    }

    /** Uses the code up; 400 when it is wrong or another request has just used it. */
    void consume(String telephone, String code) {
        Long deleted = redis.execute(CONSUME, List.of(CODE_KEY + telephone), code);
        if (deleted == null || deleted == 0) {
            throw ApiException.badRequest("验证码已过期或不存在，请重新获取");
        }
        redis.delete(FAILURES_KEY + telephone);
    }

    private void countFailure(String telephone) {
        String key = FAILURES_KEY + telephone;
        Long failures = redis.opsForValue().increment(key);
        if (failures != null && failures == 1) {
            redis.expire(key, settings.ttl());
        }
        if (failures != null && failures >= settings.maxAttempts()) {
            redis.delete(List.of(CODE_KEY + telephone, key));
        }
    }
}
