package com.perflab.mall.common.test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Makes a service call the victim of a real InnoDB deadlock, for tests of the lock retry: another transaction
 * does {@code heavierWrites} (so InnoDB rolls back the call, the lighter one), holds the row the call needs
 * second ({@code holdSql}), waits until the call holds its first row ({@code firstRowTable} / {@code firstRowId},
 * probed with NOWAIT), then asks for that row: a cycle. It rolls back once it got the row, so the call's next
 * attempt can go through.
 */
public final class Deadlocks {

    private Deadlocks() {
    }

    public static <T> T victim(DataSource dataSource, String heavierWrites, String holdSql, String firstRowTable,
                               long firstRowId, Callable<T> call) throws Exception {
        CompletableFuture<T> result;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                st.executeUpdate(heavierWrites);
                st.executeQuery(holdSql).close();
                result = CompletableFuture.supplyAsync(() -> {
                    try {
                        return call.call();
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                });
                awaitRowLocked(dataSource, firstRowTable, firstRowId);
                Thread.sleep(200); // the call goes on to the held row and waits for it
                st.executeQuery("SELECT id FROM " + firstRowTable + " WHERE id = " + firstRowId + " FOR UPDATE").close();
            } finally {
                other.rollback();
            }
        }
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void awaitRowLocked(DataSource dataSource, String table, long id) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        try (Connection probe = dataSource.getConnection()) {
            probe.setAutoCommit(false);
            while (System.nanoTime() < deadline) {
                try (Statement st = probe.createStatement()) {
                    st.executeQuery("SELECT id FROM " + table + " WHERE id = " + id + " FOR UPDATE NOWAIT").close();
                } catch (SQLException locked) {
                    probe.rollback();
                    return;
                }
                probe.rollback();
                Thread.sleep(10);
            }
        }
        throw new AssertionError("the call never locked " + table + " " + id);
    }
}
