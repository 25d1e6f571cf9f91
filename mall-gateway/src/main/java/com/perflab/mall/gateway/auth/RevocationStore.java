package com.perflab.mall.gateway.auth;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The gateway's only database access: a tiny pool on the shared {@code spring.datasource.*} connection
 * settings (the services' pool size does not apply), created without connecting, so the gateway starts
 * while MySQL is down. Not a Spring DataSource bean, so the gateway gets no database health or auto-config.
 */
@Component
class RevocationStore implements DisposableBean {

    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;

    RevocationStore(@Value("${spring.datasource.url}") String url,
                    @Value("${spring.datasource.username}") String username,
                    @Value("${spring.datasource.password:}") String password,
                    RevocationProperties settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("revocations");
        config.setJdbcUrl(url);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(1);
        config.setConnectionTimeout(3000);
        config.setReadOnly(true);
        // start without a connection; the refresh retries until MySQL answers
        config.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(config);
        this.jdbc = new JdbcTemplate(pool);
        this.jdbc.setQueryTimeout(5);
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
