package dev.hydra.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The politeness of Hydra towards one host: at most {@code limit} requests in flight, at least
 * {@code minInterval} between two starts, and a limit that drops when the host answers 429.
 * Waiting never holds a thread: {@link #acquire()} returns a future completed when it is this caller's turn.
 */
final class HostGate {

    /** One granted slot; {@code inFlightAtGrant} tells how busy the host was when this request started. */
    record Permit(int inFlightAtGrant) {}

    private final int maxLimit;
    private final int floor;
    private final long minIntervalNanos;
    private final ScheduledExecutorService scheduler;
    private final ArrayDeque<CompletableFuture<Permit>> waiting = new ArrayDeque<>();
    private int limit;
    private int inFlight;
    private long nextStartNanos;
    private int rateLimited;

    HostGate(int maxLimit, long minIntervalNanos, ScheduledExecutorService scheduler) {
        this.maxLimit = Math.max(1, maxLimit);
        this.limit = this.maxLimit;
        // a 429 on one URL must not serialise a whole host: never drop below half the configured limit
        this.floor = Math.max(1, this.maxLimit / 2);
        this.minIntervalNanos = minIntervalNanos;
        this.scheduler = scheduler;
    }

    CompletableFuture<Permit> acquire() {
        CompletableFuture<Permit> ticket = new CompletableFuture<>();
        synchronized (this) {
            waiting.addLast(ticket);
        }
        grantWhatFits();
        return ticket;
    }

    void release() {
        synchronized (this) {
            inFlight--;
        }
        grantWhatFits();
    }

    /**
     * The host answered 429 to a request started with {@code permit}: it tolerates fewer requests at once
     * than were in flight then, so the limit drops below that (not below half the configured limit).
     */
    void rateLimited(Permit permit) {
        synchronized (this) {
            rateLimited++;
            int tolerated = Math.max(floor, permit.inFlightAtGrant() - 1);
            limit = Math.min(limit, tolerated);
        }
    }

    synchronized int limit() {
        return limit;
    }

    synchronized int rateLimitedCount() {
        return rateLimited;
    }

    private void grantWhatFits() {
        List<Runnable> grants = new ArrayList<>();
        synchronized (this) {
            while (inFlight < limit && !waiting.isEmpty()) {
                CompletableFuture<Permit> ticket = waiting.pollFirst();
                inFlight++;
                Permit permit = new Permit(inFlight);
                long now = System.nanoTime();
                long delay = 0;
                if (minIntervalNanos > 0) {
                    long start = Math.max(now, nextStartNanos);
                    delay = start - now;
                    nextStartNanos = start + minIntervalNanos;
                }
                if (delay > 0) {
                    long wait = delay;
                    grants.add(() -> scheduler.schedule(() -> ticket.complete(permit), wait, TimeUnit.NANOSECONDS));
                } else {
                    grants.add(() -> ticket.complete(permit));
                }
            }
        }
        grants.forEach(Runnable::run); // outside the lock: completing a ticket starts a request
    }

    int maxLimit() {
        return maxLimit;
    }
}
