package dev.hydra.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Work over a list's indexes on all of a pool's threads, as the floors under a local check run it. */
final class Parallel {

    private Parallel() {}

    /**
     * Runs {@code task} for every index below {@code count}, on {@code threads} threads of {@code pool}, each taking
     * the next index until none is left; returns when all are done, and throws what a task threw.
     */
    static void forEachIndex(ExecutorService pool, int threads, int count, IntConsumer task) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
    }
}
