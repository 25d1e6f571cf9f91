package com.perflab.mall.member.support;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.test.TestIdentity;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Members a test creates, all named with one random prefix per test class instance, so runs never
 * collide and {@link #deleteAll()} removes exactly what the test made.
 */
public final class TestMembers {

    private static final AtomicLong PHONES = new AtomicLong(ThreadLocalRandom.current().nextLong(100_000_000L));
    /** Cost 4: these hashes only need to verify, quickly. */
    private static final BCryptPasswordEncoder FAST_BCRYPT = new BCryptPasswordEncoder(4);

    private final JdbcTemplate jdbc;
    private final String prefix;

    public TestMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.prefix = "it" + Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36)
                .substring(0, 6).toLowerCase(Locale.ROOT) + "_";
    }

    /** A username no other run uses (3-32 characters). */
    public String username(String name) {
        return prefix + name;
    }

    /** An unused 11-digit mobile number starting with 1. */
    public static String phone() {
        return "19" + String.format("%09d", PHONES.incrementAndGet() % 1_000_000_000L);
    }

    /** Inserts a member directly and returns its id. */
    public long create(String name, String password, int status) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement("INSERT INTO ums_member (member_level_id, username, password,"
                    + " phone, status) VALUES (1, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, username(name));
            statement.setString(2, FAST_BCRYPT.encode(password));
            statement.setString(3, phone());
            statement.setInt(4, status);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    public Long idOf(String username) {
        return jdbc.query("SELECT id FROM ums_member WHERE username = ?",
                rs -> rs.next() ? rs.getLong(1) : null, username);
    }

    public int count(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ums_member WHERE username = ?", Integer.class, username);
    }

    public void deleteAll() {
        String like = prefix + "%";
        jdbc.update("DELETE a FROM ums_member_receive_address a JOIN ums_member m ON m.id = a.member_id"
                + " WHERE m.username LIKE ?", like);
        jdbc.update("DELETE l FROM ums_member_login_log l JOIN ums_member m ON m.id = l.member_id"
                + " WHERE m.username LIKE ?", like);
        jdbc.update("DELETE FROM ums_member WHERE username LIKE ?", like);
    }

    /** The identity headers the gateway sets for a verified token. */
    public static RequestPostProcessor as(AuthenticatedUser user) {
        return request -> {
            TestIdentity.headers(user).forEach(request::addHeader);
            return request;
        };
    }

    public static RequestPostProcessor asMember(long id, String username) {
        return as(AuthenticatedUser.member(id, username));
    }
}
