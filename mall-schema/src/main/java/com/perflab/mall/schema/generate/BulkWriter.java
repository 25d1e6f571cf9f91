package com.perflab.mall.schema.generate;

import com.perflab.mall.schema.DatabaseSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Executes multi-row INSERT statements on a few connections while the generator builds the next ones.
 * Each statement is its own transaction (autocommit off, one commit per batch): large enough to amortise the
 * log flush, small enough to keep undo and lock memory low. Indexes stay in place, so the figures are those
 * of a live shop's schema. Prints rows and rows/s per table every few seconds.
 *
 * <p>Plain threads and a bounded queue: a command-line tool without Spring, where each worker owns one JDBC
 * connection for its whole life; an executor would not remove any of this code.
 */
final class BulkWriter implements AutoCloseable {

    private static final Batch STOP = new Batch(null, null, 0);
    private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

    private record Batch(String table, String sql, int rows) {
    }

    static final class Progress {
        final String table;
        final AtomicLong rows = new AtomicLong();
        final long startNanos = System.nanoTime();
        volatile long lastPrinted = -1;

        Progress(String table) {
            this.table = table;
        }

        double rate() {
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            return seconds <= 0 ? 0 : rows.get() / seconds;
        }

        double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }
    }

    private final BlockingQueue<Batch> queue;
    private final List<Thread> workers = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Map<String, Progress> progress = new ConcurrentHashMap<>();
    private final Thread reporter;
    private final Object idle = new Object();

    BulkWriter(DatabaseSettings settings, int threads) throws SQLException {
        queue = new ArrayBlockingQueue<>(threads * 2);
        for (int i = 0; i < threads; i++) {
            Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password());
            c.setAutoCommit(false);
            connections.add(c);
            Thread t = new Thread(() -> work(c), "bulk-writer-" + i);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        reporter = new Thread(this::report, "bulk-progress");
        reporter.setDaemon(true);
        reporter.start();
    }

    /** Queues one multi-row INSERT; blocks while the writers are busy (so memory stays bounded). */
    void submit(String table, String sql, int rows) {
        checkFailure();
        progress.computeIfAbsent(table, Progress::new);
        pending.incrementAndGet();
        try {
            while (!queue.offer(new Batch(table, sql, rows), 1, java.util.concurrent.TimeUnit.SECONDS)) {
                checkFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing " + table, e);
        }
    }

    /** Waits until every queued statement is committed; rethrows the first failure of a writer. */
    void awaitIdle() {
        synchronized (idle) {
            while (pending.get() > 0 && failure.get() == null) {
                try {
                    idle.wait(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the writers", e);
                }
            }
        }
        checkFailure();
    }

    /** Final figures of the tables written so far (and forgets them, so the next phase starts afresh). */
    void printSummary(String phase) {
        for (Progress p : progress.values()) {
            System.out.printf("    %-32s %,12d rows in %6.1f s  (%,.0f rows/s)%n", p.table, p.rows.get(), p.seconds(),
                    p.rate());
        }
        progress.clear();
    }

    private void checkFailure() {
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void work(Connection c) {
        try (Statement statement = c.createStatement()) {
            while (true) {
                Batch batch = queue.take();
                if (batch == STOP) {
                    return;
                }
                try {
                    if (failure.get() == null) {
                        statement.executeUpdate(batch.sql);
                        c.commit();
                        progress.computeIfAbsent(batch.table, Progress::new).rows.addAndGet(batch.rows);
                    }
                } catch (SQLException e) {
                    failure.compareAndSet(null, new SQLException(
                            "insert into " + batch.table + " failed: " + e.getMessage(), e.getSQLState(), e));
                    try {
                        c.rollback();
                    } catch (SQLException ignored) {
                        // the first error is the one worth reporting
                    }
                } finally {
                    if (pending.decrementAndGet() == 0) {
                        synchronized (idle) {
                            idle.notifyAll();
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void report() {
        try {
            while (true) {
                Thread.sleep(REPORT_EVERY_NANOS / 1_000_000);
                for (Progress p : progress.values()) {
                    long rows = p.rows.get();
                    if (rows != p.lastPrinted) {
                        p.lastPrinted = rows;
                        System.out.printf("    %-32s %,12d rows  %,9.0f rows/s%n", p.table, rows, p.rate());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        reporter.interrupt();
        queue.clear(); // only non-empty after a failure: nothing more is worth writing then
        for (int i = 0; i < workers.size(); i++) {
            try {
                queue.put(STOP);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Thread t : workers) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Connection c : connections) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing after the work is done; nothing left to save
            }
        }
    }
}
