package com.perflab.mall.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;
import org.mybatis.spring.MyBatisSystemException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The cause chains the stores were measured to throw (see MiddlewareFaultTest of each service), classified. */
class StoreFailureTest {

    @Test
    void mySqlDownThroughMyBatisAndThroughATransactionIsDown() {
        SQLTransientConnectionException hikari = new SQLTransientConnectionException(
                "HikariPool-1 - Connection is not available, request timed out after 1000ms",
                new java.sql.SQLRecoverableException("Communications link failure", new EOFException()));
        assertThat(StoreFailure.of(new MyBatisSystemException("x",
                new PersistenceException(new CannotGetJdbcConnectionException("no connection", hikari)))))
                .isEqualTo(StoreFailure.DOWN);
        assertThat(StoreFailure.of(new CannotCreateTransactionException("no connection", hikari)))
                .isEqualTo(StoreFailure.DOWN);
        assertThat(StoreFailure.of(new IllegalStateException(new ConnectException("refused"))))
                .isEqualTo(StoreFailure.DOWN);
    }

    @Test
    void commandAndStatementTimeoutsAreTimeouts() {
        assertThat(StoreFailure.of(new QueryTimeoutException("Redis command timed out"))).isEqualTo(StoreFailure.TIMEOUT);
        assertThat(StoreFailure.of(new RuntimeException(new SQLTimeoutException("Statement cancelled due to timeout"))))
                .isEqualTo(StoreFailure.TIMEOUT);
        assertThat(StoreFailure.of(new java.io.UncheckedIOException(new SocketTimeoutException("Read timed out"))))
                .isEqualTo(StoreFailure.TIMEOUT);
    }

    @Test
    void deadlockVictimsAndLockWaitsAreConflictsNotOutages() {
        assertThat(StoreFailure.of(new MyBatisSystemException("x", new CannotAcquireLockException("Deadlock found",
                new SQLTransactionRollbackException("Deadlock found", "40001", 1213)))))
                .isEqualTo(StoreFailure.LOCK_CONFLICT);
        assertThat(StoreFailure.of(new CannotAcquireLockException("Lock wait timeout")))
                .isEqualTo(StoreFailure.LOCK_CONFLICT);
    }

    @Test
    void bugsAreNotStoreFailures() {
        assertThat(StoreFailure.of(new IllegalStateException("boom", new NullPointerException()))).isEqualTo(StoreFailure.NONE);
        assertThat(StoreFailure.of(new MyBatisSystemException("bad sql", new PersistenceException("syntax"))))
                .isEqualTo(StoreFailure.NONE);
    }
}
