package com.perflab.mall.common.web;

import java.util.Set;

/**
 * What an exception says about a backing store (MySQL, Redis, RabbitMQ, MongoDB, Elasticsearch): down, timed
 * out, a lost lock race, or nothing (a bug). Matched by class name along the cause chain, subclasses included,
 * so that mall-common does not depend on every store's client. The lists hold what the stores were measured
 * to throw through a fault proxy (document/timeouts-and-knobs.md, "Middleware faults"), plus the clients' own
 * types for the cases Spring does not translate.
 */
enum StoreFailure {

    /** unreachable, refused, cut: 503 */
    DOWN("依赖的服务暂不可用，请稍后再试"),
    /** reachable but no answer within the bounded timeout: 503 */
    TIMEOUT("依赖的服务响应超时，请稍后再试"),
    /**
     * The database chose this transaction as a deadlock victim or its own lock wait ran out: the store is up,
     * the row was busy with a concurrent request, and the caller may simply retry: 409, like any lost race.
     * (Waiting longer than the statement timeout is a {@link #TIMEOUT}: the store is overloaded.)
     */
    LOCK_CONFLICT("数据正被其他请求修改，请重试"),
    NONE("");

    private static final Set<String> DOWN_TYPES = Set.of(
            // Spring's translations: JDBC/Hikari connection failures, Redis connection failures, MongoDB
            "org.springframework.dao.DataAccessResourceFailureException",
            "org.springframework.dao.TransientDataAccessResourceException",
            "org.springframework.dao.RecoverableDataAccessException",
            // a @Transactional method whose connection could not be opened
            "org.springframework.transaction.CannotCreateTransactionException",
            "java.sql.SQLTransientConnectionException",
            "java.sql.SQLNonTransientConnectionException",
            "java.sql.SQLRecoverableException",
            "org.springframework.amqp.AmqpConnectException",
            "io.lettuce.core.RedisConnectionException",
            "com.mongodb.MongoSocketException",
            "java.net.ConnectException",
            "java.net.NoRouteToHostException",
            "java.net.UnknownHostException");

    private static final Set<String> TIMEOUT_TYPES = Set.of(
            // Redis command timeout (Lettuce), JDBC statement timeout
            "org.springframework.dao.QueryTimeoutException",
            "java.sql.SQLTimeoutException",
            "org.springframework.amqp.AmqpTimeoutException",
            "io.lettuce.core.RedisCommandTimeoutException",
            "com.mongodb.MongoTimeoutException",
            "com.mongodb.MongoExecutionTimeoutException",
            "java.net.SocketTimeoutException",
            "java.util.concurrent.TimeoutException");

    private static final Set<String> LOCK_TYPES = Set.of(
            // CannotAcquireLockException (lock wait timeout 1205) and deadlock victims (1213)
            "org.springframework.dao.PessimisticLockingFailureException");

    private final String message;

    StoreFailure(String message) {
        this.message = message;
    }

    String message() {
        return message;
    }

    /** The first kind found walking from the outermost exception to its root cause. */
    static StoreFailure of(Throwable ex) {
        int depth = 0;
        for (Throwable t = ex; t != null && depth < 32; t = t.getCause() == t ? null : t.getCause(), depth++) {
            for (Class<?> type = t.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                String name = type.getName();
                if (LOCK_TYPES.contains(name)) {
                    return LOCK_CONFLICT;
                }
                if (TIMEOUT_TYPES.contains(name)) {
                    return TIMEOUT;
                }
                if (DOWN_TYPES.contains(name)) {
                    return DOWN;
                }
            }
        }
        return NONE;
    }
}
