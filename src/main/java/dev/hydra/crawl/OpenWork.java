package dev.hydra.crawl;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Knows when the crawl is over: it counts work that was started and has not ended (a target's check, the seeding of
 * the start), not the length of a queue, since a check under way finds new work until its very end.
 */
final class OpenWork {

    private final AtomicInteger open = new AtomicInteger();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private final AtomicReference<Runnable> whenIdle = new AtomicReference<>();
    private volatile long lastProgressNanos = System.nanoTime();

    void begin() {
        open.incrementAndGet();
    }

    /**
     * Runs {@code next} once, the first time nothing is open, before the crawl is over: the work it begins keeps the
     * crawl going. Nothing else can begin work then, as nothing is open to find it.
     */
    void whenIdle(Runnable next) {
        whenIdle.set(next);
    }

    void end() {
        lastProgressNanos = System.nanoTime();
        if (open.decrementAndGet() == 0) {
            Runnable next = whenIdle.getAndSet(null);
            if (next == null) {
                finished.complete(null);
                return;
            }
            open.incrementAndGet();
            try {
                next.run();
            } catch (RuntimeException e) {
                abandon(e);
            } finally {
                end();
            }
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
