package com.perflab.mall.common.auth;

import com.perflab.mall.common.api.ApiException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Wrong-password lockout per account, counted in Redis under {@code <keyPrefix><userType>:<account>}: after
 * {@code maxFailures} wrong passwords within the window the account answers 429 (with Retry-After) for
 * {@code lockDuration}, whatever the password, and a successful login resets the count. Unknown usernames
 * are counted and locked the same way, so the answers do not tell which accounts exist.
 *
 * <p>Concurrent guesses: each failure is one atomic INCR, so none is lost; a guess that completes after the
 * limit was reached answers 429 (a wrong one instead of 401, a right one instead of a token), so no more
 * than {@code maxFailures} guesses per window get an informative answer, however many run at once.
 * Concurrent correct logins of one account are never limited.
 *
 * <p>Redis unreachable: the lockout fails open (logins work, unthrottled), logged at WARN once per
 * {@code redisRetryAfter}, during which Redis is not asked, so logins do not wait for its timeouts.
 *
 * <p>Counters in Redis rather than Sentinel's hot-parameter flow control: the lockout counts wrong passwords
 * (not requests) per account, for a window shared by every instance, and Sentinel's counters live in one
 * JVM's memory.
 */
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    static final String LOCKED_MESSAGE = "登录失败次数过多，请稍后再试";

    /** INCR; the first failure starts the window, the one reaching the limit starts the lock. */
    private static final RedisScript<Long> FAIL = RedisScript.of("""
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            if n == tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[3]) end
            return n""", Long.class);

    /** Milliseconds the account stays locked, or -1 when it is not locked. */
    private static final RedisScript<Long> LOCKED_FOR = RedisScript.of("""
            local n = tonumber(redis.call('GET', KEYS[1]) or '0')
            if n < tonumber(ARGV[1]) then return -1 end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then return tonumber(ARGV[2]) end
            return ttl""", Long.class);

    private final StringRedisTemplate redis;
    private final LoginLockoutProperties settings;
    private final String keyPrefix;
    private volatile long redisSkippedUntil;

    /** @param userType {@code member} or {@code admin}: the two kinds of account never share a counter */
    public LoginAttempts(StringRedisTemplate redis, LoginLockoutProperties settings, String userType) {
        this.redis = redis;
        this.settings = settings;
        this.keyPrefix = settings.keyPrefix() + userType + ":";
    }

    /**
     * What failures are counted against: the account's id when it exists, else the name as MySQL's
     * case-insensitive, trailing-space-insensitive comparison sees it, so "Admin " and "admin" are one.
     */
    public static String accountOf(Long id, String username) {
        return id != null ? "id:" + id : "name:" + username.stripTrailing().toLowerCase(Locale.ROOT);
    }

    /** 429 when the account is locked; called before the (slow) password check and again after a right one. */
    public void checkNotLocked(String account) {
        Long lockedFor = call(() -> redis.execute(LOCKED_FOR, List.of(keyPrefix + account),
                Integer.toString(settings.maxFailures()), Long.toString(settings.lockDuration().toMillis())));
        if (lockedFor != null && lockedFor >= 0) {
            throw locked(Duration.ofMillis(lockedFor));
        }
    }

    /**
     * Counts a wrong password. Returns normally while the answer may still be the usual 401; throws 429 when
     * this failure is beyond the limit.
     */
    public void failed(String account) {
        Long failures = call(() -> redis.execute(FAIL, List.of(keyPrefix + account),
                Long.toString(settings.window().toMillis()), Integer.toString(settings.maxFailures()),
                Long.toString(settings.lockDuration().toMillis())));
        if (failures != null && failures > settings.maxFailures()) {
            throw locked(settings.lockDuration());
        }
    }

    /** A successful login forgets the failures. */
    public void succeeded(String account) {
        call(() -> redis.delete(keyPrefix + account));
    }

    private static ApiException locked(Duration retryAfter) {
        return ApiException.tooManyRequests(LOCKED_MESSAGE, retryAfter);
    }

    private <T> T call(Supplier<T> command) {
        if (!settings.enabled() || System.currentTimeMillis() < redisSkippedUntil) {
            return null;
        }
        try {
            return command.get();
        } catch (DataAccessException redisDown) {
            redisSkippedUntil = System.currentTimeMillis() + settings.redisRetryAfter().toMillis();
            log.warn("login lockout unavailable, logins are not throttled for the next {}: {}",
                    settings.redisRetryAfter(), redisDown.getMessage());
            return null;
        }
    }
}
