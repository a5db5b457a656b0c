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

    /**
     * One granted slot: {@code inFlightAtGrant} tells how busy the host was when this request started, and
     * {@code generation} which limit was in force then.
     */
    record Permit(int inFlightAtGrant, int generation) {}

    /** How many 429s at one limit show that the host tolerates fewer requests at once, not one busy URL. */
    static final int PERSISTENT_429S = 3;

    private final int maxLimit;
    private final int floor;
    private final int isolatedFloor;
    private final long minIntervalNanos;
    private final ScheduledExecutorService scheduler;
    private final ArrayDeque<CompletableFuture<Permit>> waiting = new ArrayDeque<>();
    private int limit;
    private int inFlight;
    private long nextStartNanos;
    private int generation;
    private int answersSinceChange;
    private int rateLimitedSinceChange;
    private int answersSince429 = Integer.MAX_VALUE;
    private int burstSize;
    private int burstLowestInFlight;

    HostGate(int maxLimit, long minIntervalNanos, ScheduledExecutorService scheduler) {
        this.maxLimit = Math.max(1, maxLimit);
        this.limit = this.maxLimit;
        // a 429 on one URL must not serialise a whole host: one 429 never drops the limit below half
        this.floor = Math.max(1, this.maxLimit / 2);
        // an isolated 429 (one rate-limited URL among answers that succeed) slows the host a little, not by half
        this.isolatedFloor = Math.max(1, this.maxLimit * 3 / 4);
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
     * The host answered a request started with {@code permit}. A 429 means it tolerates fewer requests at once
     * than were in flight then, so the limit drops to one below that. An isolated 429 (often one rate-limited URL)
     * never takes it below three quarters of the configured limit; a burst of 429s (two within one limit's worth of answers: a host refusing
     * concurrency) never below half, in one step: a single rate-limited URL must not serialise a whole host. When 429s keep coming
     * at the limit reached (at least {@link #PERSISTENT_429S}, and a quarter of the answers since the limit
     * last changed), the host really tolerates fewer: the limit drops one more step, down to 1.
     * Answers to requests started before the last change do not count towards that persistence.
     */
    void answered(Permit permit, boolean tooManyRequests) {
        synchronized (this) {
            int next = limit;
            if (tooManyRequests) {
                // two 429s within one window of answers: the host refuses concurrency, not one busy URL
                if (burstSize > 0 && answersSince429 < limit) {
                    burstSize++;
                    burstLowestInFlight = Math.min(burstLowestInFlight, permit.inFlightAtGrant());
                } else {
                    burstSize = 1;
                    burstLowestInFlight = permit.inFlightAtGrant();
                }
                answersSince429 = 0;
                int lowest = burstSize > 1 ? floor : isolatedFloor;
                next = Math.min(limit, Math.max(lowest, burstLowestInFlight - 1));
            }
            if (!tooManyRequests && answersSince429 < Integer.MAX_VALUE) {
                answersSince429++;
            }
            if (permit.generation() == generation) {
                answersSinceChange++;
                if (tooManyRequests) {
                    rateLimitedSinceChange++;
                    if (next == limit && limit > 1 && rateLimitedSinceChange >= PERSISTENT_429S
                            && rateLimitedSinceChange * 4 >= answersSinceChange) {
                        next = limit - 1;
                    }
                }
            }
            if (next < limit) {
                limit = next;
                generation++;
                answersSinceChange = 0;
                rateLimitedSinceChange = 0;
            }
        }
    }

    synchronized int limit() {
        return limit;
    }

    private void grantWhatFits() {
        List<Runnable> grants = new ArrayList<>();
        synchronized (this) {
            while (inFlight < limit && !waiting.isEmpty()) {
                CompletableFuture<Permit> ticket = waiting.pollFirst();
                inFlight++;
                Permit permit = new Permit(inFlight, generation);
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
