package com.perflab.mall.common.test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs tasks on their own threads, released at the same instant, and returns their results in order: the
 * races of the concurrency tests (stock, payments, claims, deliveries) really happen at once.
 */
public final class Concurrently {

    private Concurrently() {
    }

    /** {@code n} tasks, the i-th made by {@code task.apply(i)}. */
    public static <T> List<T> run(int n, IntFunction<Callable<T>> task) throws Exception {
        List<Callable<T>> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tasks.add(task.apply(i));
        }
        return run(tasks);
    }

    /** The same task {@code n} times at once. */
    public static <T> List<T> run(int n, Callable<T> task) throws Exception {
        return run(n, i -> task);
    }

    public static <T> List<T> run(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch ready = new CountDownLatch(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
