package com.perflab.mall.common.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.aopalliance.aop.Advice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * {@link LockRetry} against real lock conflicts on MariaDB: a row held by a second connection, and a session
 * lock wait of 1 s. Each attempt first writes a log row, then waits for the held row; the log rows left at the
 * end show whether a failed attempt was rolled back before the next one (the retry wraps the transaction) or
 * kept (a retry inside the transaction: the timed-out statement alone is rolled back, the log row stays).
 */
class LockRetryTest {

    private static final String DB = System.getenv().getOrDefault("MALL_TEST_DB_NAME", "mall_test");

    static AnnotationConfigApplicationContext context;
    static JdbcTemplate jdbc;
    static DataSource dataSource;
    static Probe probe;
    static MeterRegistry meters;
    /** Calls of the probe's methods, including retries (a field of the probe would be the proxy's, not its own). */
    static final AtomicInteger ATTEMPTS = new AtomicInteger();

    @BeforeAll
    static void start() {
        context = new AnnotationConfigApplicationContext(Setup.class);
        jdbc = context.getBean(JdbcTemplate.class);
        dataSource = context.getBean(DataSource.class);
        probe = context.getBean(Probe.class);
        meters = context.getBean(MeterRegistry.class);
        jdbc.execute("CREATE TABLE IF NOT EXISTS lock_retry_probe (id BIGINT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB");
        jdbc.execute("CREATE TABLE IF NOT EXISTS lock_retry_probe_log (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                + " row_id BIGINT NOT NULL) ENGINE=InnoDB");
    }

    @AfterAll
    static void stop() {
        jdbc.execute("DROP TABLE IF EXISTS lock_retry_probe_log");
        jdbc.execute("DROP TABLE IF EXISTS lock_retry_probe");
        context.close();
    }

    @BeforeEach
    void emptyTables() {
        jdbc.update("DELETE FROM lock_retry_probe_log");
        jdbc.update("DELETE FROM lock_retry_probe");
        jdbc.update("INSERT INTO lock_retry_probe (id, n) VALUES (1, 0)");
        ATTEMPTS.set(0);
    }

    @Test
    void theRetryAdvisorRunsOutsideTheTransaction() {
        Advisor[] advisors = ((Advised) probe).getAdvisors();
        Advice first = advisors[0].getAdvice();
        assertThat(first).isNotInstanceOf(TransactionInterceptor.class);
        assertThat(first.getClass().getName()).contains("Retry");
        assertThat(advisors).extracting(Advisor::getAdvice).hasAtLeastOneElementOfType(TransactionInterceptor.class);
    }

    @Test
    void aLockReleasedDuringTheRetriesSucceedsAndTheFailedAttemptLeftNothing() throws Exception {
        double failedBefore = count("attempt_failed");
        double gaveUpBefore = count("gave_up");
        CompletableFuture<Void> holder = holdRow(1, 1_500);
        probe.bump(1);
        holder.get();

        assertThat(ATTEMPTS.get()).as("the first attempt timed out, the second got the row").isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT n FROM lock_retry_probe WHERE id = 1", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lock_retry_probe_log", Integer.class))
                .as("the timed-out attempt was rolled back as a whole").isEqualTo(1);
        assertThat(count("attempt_failed") - failedBefore).isEqualTo(1);
        assertThat(count("gave_up")).isEqualTo(gaveUpBefore);
    }

    @Test
    void aLockHeldThroughAllAttemptsFailsCleanlyAfterTheLast() throws Exception {
        double failedBefore = count("attempt_failed");
        double gaveUpBefore = count("gave_up");
        CompletableFuture<Void> holder = holdRow(1, 5_000);
        assertThatThrownBy(() -> probe.bump(1)).isInstanceOf(PessimisticLockingFailureException.class);
        holder.get();

        assertThat(ATTEMPTS.get()).as("one call and two retries").isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT n FROM lock_retry_probe WHERE id = 1", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lock_retry_probe_log", Integer.class)).isZero();
        assertThat(count("attempt_failed") - failedBefore).isEqualTo(3);
        assertThat(count("gave_up")).isEqualTo(gaveUpBefore + 1);
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThatThrownBy(() -> probe.fail()).isInstanceOf(IllegalStateException.class);
        assertThat(ATTEMPTS.get()).isEqualTo(1);
        assertThat(meters.find("mall.lock.retries").tag("method", "Probe.fail").counter()).isNull();
    }

    private double count(String outcome) {
        var counter = meters.find("mall.lock.retries").tag("method", "Probe.bump").tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** Locks the row on a connection of its own; commits after {@code millis}. Returns once the lock is held. */
    private static CompletableFuture<Void> holdRow(long id, long millis) throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT n FROM lock_retry_probe WHERE id = " + id + " FOR UPDATE").close();
        }
        return CompletableFuture.runAsync(() -> {
            try (connection) {
                Thread.sleep(millis);
                connection.commit();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static class Probe {

        private final JdbcTemplate jdbc;

        Probe(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        @LockRetry
        public void bump(long id) {
            ATTEMPTS.incrementAndGet();
            jdbc.execute("SET SESSION innodb_lock_wait_timeout = 1");
            jdbc.update("INSERT INTO lock_retry_probe_log (row_id) VALUES (?)", id);
            jdbc.update("UPDATE lock_retry_probe SET n = n + 1 WHERE id = ?", id);
        }

        @Transactional
        @LockRetry
        public void fail() {
            ATTEMPTS.incrementAndGet();
            throw new IllegalStateException("not a lock race");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement(proxyTargetClass = true)
    @Import(LockRetryAutoConfiguration.class)
    static class Setup {

        @Bean
        DataSource dataSource() {
            return new DriverManagerDataSource("jdbc:mysql://127.0.0.1:3306/" + DB
                    + "?useSSL=false&allowPublicKeyRetrieval=true", "mall", "mall");
        }

        @Bean
        PlatformTransactionManager transactionManager(DataSource dataSource) {
            return new DataSourceTransactionManager(dataSource);
        }

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }

        @Bean
        Probe probe(JdbcTemplate jdbc) {
            return new Probe(jdbc);
        }
    }
}
