package com.perflab.mall.gateway.auth;

import com.perflab.mall.common.auth.JwtProperties;
import com.perflab.mall.common.auth.UserType;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The gateway's copy of {@code auth_token_revocation}: for each account, the instant at or before which its
 * tokens are refused. A request costs one map lookup; the maps are refreshed off the event loop, on one
 * thread of their own: every {@code refreshInterval} the rows changed within the {@code lookback} (by the
 * database's clock) are merged in, and every {@code fullReloadInterval} all rows younger than the token
 * lifetime replace the maps (older ones can only revoke expired tokens).
 *
 * <p>MySQL unreachable: the last copy stays in use (revocations made meanwhile take effect once MySQL
 * answers again), logged at WARN on the first failure and once a minute after; the age of the copy is
 * gauge {@code mall_gateway_token_revocations_age_seconds}. Before the first successful read there is no
 * copy: requests that need a token get 503 rather than accepting tokens that may be revoked.
 *
 * <p>One thread of its own rather than {@code @Scheduled}: the refresh does blocking JDBC and must never
 * run on the event loop or wait behind other scheduled tasks of the shared scheduler; tying it to
 * {@link SmartLifecycle} starts it with the first load and stops it with the context.
 */
@Component
class RevocationList implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RevocationList.class);
    private static final long WARN_EVERY_MILLIS = 60_000;

    private static final String SELECT = "SELECT user_type, user_id, revoked_at FROM auth_token_revocation";

    private final JdbcTemplate jdbc;
    private final RevocationProperties settings;
    private final long maxAgeMillis;

    private volatile Map<Long, Long> members = new ConcurrentHashMap<>();
    private volatile Map<Long, Long> admins = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    private volatile long lastSuccess;
    private long lastFull;
    private long failingSince;
    private long lastWarning;
    private ScheduledExecutorService refresher;

    RevocationList(RevocationStore store, RevocationProperties settings, JwtProperties jwt, MeterRegistry meters) {
        this.jdbc = store.jdbc();
        this.settings = settings;
        this.maxAgeMillis = jwt.expiration().toMillis();
        Gauge.builder("mall.gateway.token.revocations", this, r -> r.members.size() + r.admins.size())
                .description("accounts whose older tokens the gateway refuses").register(meters);
        Gauge.builder("mall.gateway.token.revocations.age", this,
                        r -> r.lastSuccess == 0 ? Double.NaN : (System.currentTimeMillis() - r.lastSuccess) / 1000.0)
                .baseUnit("seconds").description("time since the revocation list was last read from MySQL")
                .register(meters);
    }

    /** The instant (epoch ms) at or before which the account's tokens are refused, or null. */
    Long revokedAt(UserType type, long id) {
        return (type == UserType.ADMIN ? admins : members).get(id);
    }

    /** Whether the list was read at least once; before that no token can be trusted. */
    boolean loaded() {
        return loaded;
    }

    /** One refresh: full when due or after a gap the lookback does not cover, else the recent changes. */
    synchronized void refresh() {
        long now = System.currentTimeMillis();
        boolean full = !loaded || now - lastFull >= settings.fullReloadInterval().toMillis()
                || now - lastSuccess >= settings.lookback().toMillis() - settings.refreshInterval().toMillis();
        try {
            if (full) {
                Map<Long, Long> newMembers = new ConcurrentHashMap<>();
                Map<Long, Long> newAdmins = new ConcurrentHashMap<>();
                jdbc.query(SELECT + " WHERE revoked_at >= ?", rowsInto(newMembers, newAdmins), now - maxAgeMillis);
                members = newMembers;
                admins = newAdmins;
                lastFull = now;
            } else {
                jdbc.query(SELECT + " WHERE changed_at >= NOW(3) - INTERVAL ? SECOND", rowsInto(members, admins),
                        settings.lookback().toSeconds());
            }
            if (failingSince != 0) {
                log.info("token revocation list read again after {} s of failures", (now - failingSince) / 1000);
                failingSince = 0;
            }
            lastSuccess = now;
            loaded = true;
        } catch (DataAccessException e) {
            if (failingSince == 0 || now - lastWarning >= WARN_EVERY_MILLIS) {
                log.warn("token revocation list not refreshed ({}); {}", e.getMostSpecificCause().getMessage(),
                        loaded ? "keeping the copy from " + (now - lastSuccess) / 1000 + " s ago"
                                : "no copy yet: requests that need a token get 503");
                lastWarning = now;
            }
            if (failingSince == 0) {
                failingSince = now;
            }
        }
    }

    private static RowCallbackHandler rowsInto(Map<Long, Long> members, Map<Long, Long> admins) {
        return rs -> {
            Map<Long, Long> target = UserType.ADMIN.name().equals(rs.getString(1)) ? admins : members;
            target.merge(rs.getLong(2), rs.getLong(3), Math::max);
        };
    }

    @Override
    public synchronized void start() {
        refresher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "token-revocations");
            thread.setDaemon(true);
            return thread;
        });
        // the first read before the gateway takes traffic, so tokens are checked from the first request
        refresh();
        long every = settings.refreshInterval().toMillis();
        refresher.scheduleWithFixedDelay(this::refreshSafely, every, every, TimeUnit.MILLISECONDS);
    }

    private void refreshSafely() {
        try {
            refresh();
        } catch (RuntimeException unexpected) {
            // a scheduled task that throws is never run again
            log.error("token revocation refresh failed", unexpected);
        }
    }

    @Override
    public synchronized void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
            refresher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return refresher != null;
    }
}
