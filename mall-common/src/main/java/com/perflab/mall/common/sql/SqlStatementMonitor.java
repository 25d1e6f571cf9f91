package com.perflab.mall.common.sql;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.Field;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.ibatis.executor.statement.BaseStatementHandler;
import org.apache.ibatis.executor.statement.RoutingStatementHandler;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
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
    /** Where MyBatis' handlers keep the mapped statement: looked up once, read on every statement. */
    private static final Field DELEGATE = field(RoutingStatementHandler.class, "delegate");
    private static final Field MAPPED_STATEMENT = DELEGATE == null ? null
            : field(BaseStatementHandler.class, "mappedStatement");

    private final MeterRegistry registry;
    private final long slowThresholdNanos;
    private final AtomicLong total = new AtomicLong();
    /** One counter per statement, found again without building its id and tags on every statement. */
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public SqlStatementMonitor(MeterRegistry registry, Duration slowThreshold) {
        this.registry = registry;
        this.slowThresholdNanos = slowThreshold.toNanos();
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        total.incrementAndGet();
        StatementHandler handler = (StatementHandler) invocation.getTarget();
        String statement = statementId(handler);
        counters.computeIfAbsent(statement, id -> Counter.builder("mall.sql.statements")
                .description("SQL statements executed through MyBatis")
                .tag("statement", id)
                .register(registry)).increment();
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

    private static String statementId(StatementHandler handler) {
        // the RoutingStatementHandler keeps the real handler, which knows its mapped statement; read through
        // fields looked up once (a MetaObject per statement cost the cart ~5 % of its CPU under load)
        if (DELEGATE != null && MAPPED_STATEMENT != null && handler instanceof RoutingStatementHandler routing) {
            try {
                if (DELEGATE.get(routing) instanceof BaseStatementHandler real
                        && MAPPED_STATEMENT.get(real) instanceof MappedStatement statement) {
                    return statement.getId();
                }
            } catch (IllegalAccessException e) {
                // not expected once setAccessible succeeded; the count still matters more than the name
            }
        }
        return "unknown"; // another plugin wrapped the handler
    }

    /** A field of MyBatis' handlers, or null if this MyBatis has none of that name (then statements are "unknown"). */
    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("SQL statements are counted as 'unknown': MyBatis' {}.{} is not readable ({})",
                    type.getSimpleName(), name, e.toString());
            return null;
        }
    }
}
