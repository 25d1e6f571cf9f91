package com.perflab.mall.portal.sql;

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
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements MyBatis sends to the database, per mapper method, as the Micrometer counter
 * {@code mall_sql_statements_total{statement="..."}}. Counting at the JDBC statement (not the executor)
 * level means a query answered from MyBatis' session cache is not counted: the number is what the
 * database really sees, which is how N+1 regressions show up in the lab.
 */
@Component
@Intercepts({
        @Signature(type = StatementHandler.class, method = "query", args = {Statement.class, ResultHandler.class}),
        @Signature(type = StatementHandler.class, method = "queryCursor", args = {Statement.class}),
        @Signature(type = StatementHandler.class, method = "update", args = {Statement.class}),
        @Signature(type = StatementHandler.class, method = "batch", args = {Statement.class})})
public class SqlStatementCounter implements Interceptor {

    private final MeterRegistry registry;
    private final AtomicLong total = new AtomicLong();

    SqlStatementCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        total.incrementAndGet();
        Counter.builder("mall.sql.statements")
                .description("SQL statements executed through MyBatis")
                .tag("statement", statementId(invocation.getTarget()))
                .register(registry)
                .increment();
        return invocation.proceed();
    }

    /** Statements executed since start-up, across all mappers. */
    public long total() {
        return total.get();
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
