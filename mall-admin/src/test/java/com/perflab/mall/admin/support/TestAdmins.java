package com.perflab.mall.admin.support;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.test.TestIdentity;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Rows a test creates, all named with one random prefix per instance, so runs never collide and
 * {@link #deleteAll()} removes exactly what the test made (and the seeded admins' new login logs).
 */
public final class TestAdmins {

    public static final AuthenticatedUser SUPER = AuthenticatedUser.admin(1, "admin", List.of("超级管理员"));
    public static final AuthenticatedUser CLERK = AuthenticatedUser.admin(2, "clerk", List.of("订单管理员"));
    public static final String SEED_PASSWORD = "macro123";

    /** Cost 4: these hashes only need to verify, quickly. */
    private static final BCryptPasswordEncoder FAST_BCRYPT = new BCryptPasswordEncoder(4);

    private final JdbcTemplate jdbc;
    private final String prefix;
    private final long lastLoginLogId;

    public TestAdmins(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.prefix = "it" + Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36)
                .substring(0, 6).toLowerCase(Locale.ROOT) + "_";
        this.lastLoginLogId = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM ums_admin_login_log", Long.class);
    }

    /** The gateway's identity headers for the user. */
    public static RequestPostProcessor as(AuthenticatedUser user) {
        return request -> {
            TestIdentity.headers(user).forEach(request::addHeader);
            return request;
        };
    }

    public String name(String name) {
        return prefix + name;
    }

    /** Inserts an admin directly and returns its id. */
    public long create(String name, String password, int status) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement(
                    "INSERT INTO ums_admin (username, password, status) VALUES (?, ?, ?)", new String[] {"id"});
            statement.setString(1, name(name));
            statement.setString(2, FAST_BCRYPT.encode(password));
            statement.setInt(3, status);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    public long idOf(String table, String column, String value) {
        return jdbc.queryForObject("SELECT id FROM " + table + " WHERE " + column + " = ?", Long.class, value);
    }

    public void deleteAll() {
        String like = prefix + "%";
        jdbc.update("DELETE FROM ums_admin_login_log WHERE id > ?", lastLoginLogId);
        jdbc.update("DELETE ar FROM ums_admin_role_relation ar JOIN ums_admin a ON a.id = ar.admin_id"
                + " WHERE a.username LIKE ?", like);
        jdbc.update("DELETE FROM ums_admin WHERE username LIKE ?", like);
        jdbc.update("DELETE ar FROM ums_admin_role_relation ar JOIN ums_role r ON r.id = ar.role_id"
                + " WHERE r.name LIKE ?", like);
        jdbc.update("DELETE rm FROM ums_role_menu_relation rm JOIN ums_role r ON r.id = rm.role_id"
                + " WHERE r.name LIKE ?", like);
        jdbc.update("DELETE rr FROM ums_role_resource_relation rr JOIN ums_role r ON r.id = rr.role_id"
                + " WHERE r.name LIKE ?", like);
        jdbc.update("DELETE FROM ums_role WHERE name LIKE ?", like);
        jdbc.update("DELETE rm FROM ums_role_menu_relation rm JOIN ums_menu m ON m.id = rm.menu_id"
                + " WHERE m.name LIKE ?", like);
        jdbc.update("DELETE FROM ums_menu WHERE name LIKE ? AND parent_id <> 0", like);
        jdbc.update("DELETE FROM ums_menu WHERE name LIKE ?", like);
        jdbc.update("DELETE rr FROM ums_role_resource_relation rr JOIN ums_resource r ON r.id = rr.resource_id"
                + " WHERE r.name LIKE ?", like);
        jdbc.update("DELETE FROM ums_resource WHERE name LIKE ?", like);
        jdbc.update("DELETE FROM ums_resource_category WHERE name LIKE ?", like);
        jdbc.update("UPDATE ums_role r SET admin_count ="
                + " (SELECT COUNT(*) FROM ums_admin_role_relation ar WHERE ar.role_id = r.id)");
    }
}
