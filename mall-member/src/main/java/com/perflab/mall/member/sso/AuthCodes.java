package com.perflab.mall.member.sso;

import com.perflab.mall.common.api.ApiException;
import com.perflab.mall.common.api.ErrorCode;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Six-digit codes that prove a caller holds a telephone, kept in Redis under
 * {@code mall:member:auth-code:<telephone>} with a TTL. A code is single-use, a telephone gets at most one
 * code per resend interval, and a few wrong guesses discard the code.
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

    private final StringRedisTemplate redis;
    private final SsoProperties.AuthCode settings;
    private final SecureRandom random = new SecureRandom();

    AuthCodes(StringRedisTemplate redis, SsoProperties properties) {
        this.redis = redis;
        this.settings = properties.authCode();
    }

    /** A new code for the telephone; 429 when one was issued within the resend interval. */
    String issue(String telephone) {
        Boolean first = redis.opsForValue().setIfAbsent(SENT_KEY + telephone, "1", settings.resendInterval());
        if (!Boolean.TRUE.equals(first)) {
            throw new ApiException(ErrorCode.TOO_MANY_REQUESTS, "验证码已发送，请稍后再试");
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
