package dev.hydra.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Waiting without holding a thread. */
final class Delays {

    private Delays() {}

    static CompletableFuture<Void> after(Duration delay, ScheduledExecutorService scheduler) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            scheduler.schedule(() -> done.complete(null), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(e); // the check is shutting down
        }
        return done;
    }
}
