package com.perflab.mall.cart.support;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.test.TestIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Members a test creates (cart writes lock the member's row, so it must exist), named with one random
 * prefix; {@link #deleteAll()} removes them and every cart line they own.
 */
public final class TestMembers {

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final List<Long> ids = new ArrayList<>();

    public TestMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.prefix = "ct" + Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36)
                .substring(0, 6).toLowerCase(Locale.ROOT) + "_";
    }

    public String username(String name) {
        return prefix + name;
    }

    /** Inserts a member directly (the password is never checked here) and returns its id. */
    public long create(String name) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement("INSERT INTO ums_member (member_level_id, username, password,"
                    + " status) VALUES (1, ?, 'not-a-login', 1)", new String[] {"id"});
            statement.setString(1, username(name));
            return statement;
        }, key);
        long id = key.getKey().longValue();
        ids.add(id);
        return id;
    }

    public void deleteAll() {
        for (long id : ids) {
            jdbc.update("DELETE FROM oms_cart_item WHERE member_id = ?", id);
            jdbc.update("DELETE FROM ums_member WHERE id = ?", id);
        }
        ids.clear();
    }

    /** The identity headers the gateway sets for a verified token. */
    public static RequestPostProcessor as(AuthenticatedUser user) {
        return request -> {
            TestIdentity.headers(user).forEach(request::addHeader);
            return request;
        };
    }
}
