package dev.hydra.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;

/**
 * The JDK client hands every response of {@code sendAsync} to CompletableFuture's default executor. On a machine
 * with two cores (most CI runners) that executor is not the common pool but a new thread per task, which costs a
 * thread start per request and halves throughput. Giving the common pool a parallelism of 2 before it is first
 * used restores a pooled executor; the property only widens a pool the JVM sized at one thread.
 */
final class AsyncPoolWorkaround {

    static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private AsyncPoolWorkaround() {}

    /** Applies the workaround when it can still take effect; tells whether responses now reuse pooled threads. */
    static boolean apply() {
        if (System.getProperty(PARALLELISM) == null && Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty(PARALLELISM, "2");
        }
        return new CompletableFuture<Void>().defaultExecutor() instanceof ForkJoinPool;
    }
}
