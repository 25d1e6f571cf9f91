package com.perflab.mall.common.sql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.ReflectionException;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.apache.ibatis.session.ResultHandler;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the SQL statements MyBatis sends to the database, per mapper method: counts them as the Micrometer
 * counter {@code mall_sql_statements_total{statement="..."}} and logs each one slower than the threshold
 * ({@code mall.sql.slow-threshold}) with its duration. Working at the JDBC statement (not the executor) level
 * means a query answered from MyBatis' session cache is not counted: the numbers are what the database really
 * sees, which is how N+1 regressions and slow queries show up in the lab.
 */
@Intercepts({
        @Signature(type = StatementHandler.class, method = "query", args = {Statement.class, ResultHandler.class}),
        @Signature(type = StatementHandler.class, method = "queryCursor", args = {Statement.class}),
        @Signature(type = StatementHandler.class, method = "update", args = {Statement.class}),
        @Signature(type = StatementHandler.class, method = "batch", args = {Statement.class})})
public class SqlStatementMonitor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(SqlStatementMonitor.class);
    /** Long statements (a product's HTML, an IN list) are cut in the log line. */
    static final int MAX_SQL_IN_LOG = 500;

    private final MeterRegistry registry;
    private final long slowThresholdNanos;
    private final AtomicLong total = new AtomicLong();

    public SqlStatementMonitor(MeterRegistry registry, Duration slowThreshold) {
        this.registry = registry;
        this.slowThresholdNanos = slowThreshold.toNanos();
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        total.incrementAndGet();
        StatementHandler handler = (StatementHandler) invocation.getTarget();
        String statement = statementId(handler);
        Counter.builder("mall.sql.statements")
                .description("SQL statements executed through MyBatis")
                .tag("statement", statement)
                .register(registry)
                .increment();
        long started = System.nanoTime();
        try {
            return invocation.proceed();
        } finally {
            long elapsed = System.nanoTime() - started;
            if (elapsed >= slowThresholdNanos) {
                log.warn("slow SQL {} ms {}: {}", elapsed / 1_000_000, statement, sqlOf(handler));
            }
        }
    }

    /** Statements executed since start-up, across all mappers. */
    public long total() {
        return total.get();
    }

    /** The statement text on one line (parameters stay as ?), cut to a readable length. */
    static String sqlOf(StatementHandler handler) {
        String sql = handler.getBoundSql().getSql().replaceAll("\\s+", " ").trim();
        return sql.length() <= MAX_SQL_IN_LOG ? sql : sql.substring(0, MAX_SQL_IN_LOG) + "...";
    }

    private static String statementId(Object handler) {
        // the RoutingStatementHandler keeps the real handler, which knows its mapped statement
        try {
            if (SystemMetaObject.forObject(handler).getValue("delegate.mappedStatement")
                    instanceof MappedStatement statement) {
                return statement.getId();
            }
        } catch (ReflectionException e) {
            // another plugin wrapped the handler; the count still matters more than the name
        }
        return "unknown";
    }
}
