package dev.hydra.crawl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Knows when the crawl is over: it counts work that was started and has not ended (a target's check, the seeding of
 * the start), not the length of a queue, since a check under way finds new work until its very end.
 */
final class OpenWork {

    private final AtomicInteger open = new AtomicInteger();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile long lastProgressNanos = System.nanoTime();

    void begin() {
        open.incrementAndGet();
    }

    void end() {
        lastProgressNanos = System.nanoTime();
        if (open.decrementAndGet() == 0) {
            finished.complete(null);
        }
    }

    /** Something answered: the crawl is alive even when no target finished. */
    void progressed() {
        lastProgressNanos = System.nanoTime();
    }

    long nanosSinceProgress() {
        return System.nanoTime() - lastProgressNanos;
    }

    /** Completes when nothing is open, or exceptionally when {@link #abandon} gives up on the crawl. */
    CompletableFuture<Void> finished() {
        return finished;
    }

    boolean isOver() {
        return finished.isDone();
    }

    void abandon(RuntimeException why) {
        finished.completeExceptionally(why);
    }
}
