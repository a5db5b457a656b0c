package dev.hydra.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Waiting without holding a thread, nor running what follows on the timer's. */
final class Delays {

    private Delays() {}

    /** A future completed after {@code delay} on {@code executor}, where its dependants then run. */
    static CompletableFuture<Void> after(Duration delay, ScheduledExecutorService scheduler, Executor executor) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            scheduler.schedule(
                    () -> HandOver.run(executor, () -> done.complete(null)),
                    Math.max(0, delay.toMillis()),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            done.completeExceptionally(e); // the check is shutting down
        }
        return done;
    }
}
