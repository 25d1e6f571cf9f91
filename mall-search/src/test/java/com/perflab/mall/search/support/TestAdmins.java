package com.perflab.mall.search.support;

import com.perflab.mall.common.auth.AuthenticatedUser;
import com.perflab.mall.common.test.TestIdentity;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Callers of mall-search's management endpoints: the seeded admins, and admins a test creates with a role
 * of its own holding chosen resources. Rows are named with one random prefix per instance, so
 * {@link #deleteAll()} removes exactly what the test made.
 */
public final class TestAdmins {

    /** Seeded admin 1, holder of the super admin role. */
    public static final AuthenticatedUser SUPER = AuthenticatedUser.admin(1, "admin", List.of("超级管理员"));
    /** Seeded admin 2, the order clerk: orders and returns only. */
    public static final AuthenticatedUser CLERK = AuthenticatedUser.admin(2, "clerk", List.of("订单管理员"));
    public static final AuthenticatedUser MEMBER = AuthenticatedUser.member(1, "test");

    /** Nobody logs in as a test admin; any well-formed hash will do. */
    private static final String UNUSED_HASH = "$2a$10$aGISQJrm8jroZsIXKMR0QuvhVrNHPRHWGdrZJCG4mXc8UFYnA13Ne";

    private final JdbcTemplate jdbc;
    private final String prefix;

    public TestAdmins(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.prefix = "it" + Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36)
                .substring(0, 6).toLowerCase(Locale.ROOT) + "_";
    }

    /** The gateway's identity headers for the user. */
    public static RequestPostProcessor as(AuthenticatedUser user) {
        return request -> {
            TestIdentity.headers(user).forEach(request::addHeader);
            return request;
        };
    }

    /**
     * An enabled admin with one new role that holds a resource for each URL pattern (the resource of that
     * URL if one exists, e.g. the seeded {@code /mall-search/esProduct/**}, otherwise a new one).
     */
    public AuthenticatedUser adminWithResources(String name, String... urls) {
        long adminId = insert("INSERT INTO ums_admin (username, password, status) VALUES (?, ?, 1)",
                prefix + name, UNUSED_HASH);
        long roleId = insert("INSERT INTO ums_role (name, status) VALUES (?, 1)", prefix + name + "_role");
        jdbc.update("INSERT INTO ums_admin_role_relation (admin_id, role_id) VALUES (?, ?)", adminId, roleId);
        for (String url : urls) {
            List<Long> existing = jdbc.queryForList("SELECT id FROM ums_resource WHERE url = ?", Long.class, url);
            long resourceId = existing.isEmpty()
                    ? insert("INSERT INTO ums_resource (name, url) VALUES (?, ?)", prefix + url, url)
                    : existing.get(0);
            jdbc.update("INSERT INTO ums_role_resource_relation (role_id, resource_id) VALUES (?, ?)", roleId, resourceId);
        }
        return AuthenticatedUser.admin(adminId, prefix + name, List.of(prefix + name + "_role"));
    }

    public void disable(AuthenticatedUser admin) {
        jdbc.update("UPDATE ums_admin SET status = 0 WHERE id = ?", admin.id());
    }

    public void deleteAll() {
        String like = prefix + "%";
        jdbc.update("DELETE ar FROM ums_admin_role_relation ar JOIN ums_admin a ON a.id = ar.admin_id"
                + " WHERE a.username LIKE ?", like);
        jdbc.update("DELETE FROM ums_admin WHERE username LIKE ?", like);
        jdbc.update("DELETE rr FROM ums_role_resource_relation rr JOIN ums_role r ON r.id = rr.role_id"
                + " WHERE r.name LIKE ?", like);
        jdbc.update("DELETE FROM ums_role WHERE name LIKE ?", like);
        jdbc.update("DELETE FROM ums_resource WHERE name LIKE ?", like);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, key);
        return key.getKey().longValue();
    }
}
