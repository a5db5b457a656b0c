package dev.hydra.crawl;

import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Bounds the checks under way per host, so that a link waiting for its host costs one queue entry here instead of
 * a chain of futures through every fetcher layer. A large site queues tens of thousands of links on a few hosts;
 * started all at once, their chains would be the largest part of the crawl's memory.
 *
 * <p>A check holds its place from its first request to its verdict, backoffs between retries included, so the bound
 * is kept well above the requests a host is sent at once: a host whose links all fail and wait out their retries
 * still has enough of them under way to keep its connections busy.
 */
final class HostLanes {

    /**
     * Checks under way per host, as a multiple of the requests in flight per host. A check whose requests fail at
     * once and are retried holds its place for about 1.5 s of backoff: 8 connections give a host 512 places, room
     * for 340 such checks a second, more than a remote host's round trips allow.
     */
    static final int CHECKS_PER_CONNECTION = 64;

    private final int perHost;
    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();
    /** Checks that became free to start on this thread while it was already starting one: run after it, not inside. */
    private final ThreadLocal<ArrayDeque<Runnable>> startingHere = new ThreadLocal<>();

    HostLanes(int maxConnectionsPerHost) {
        this.perHost = Math.max(1, maxConnectionsPerHost) * CHECKS_PER_CONNECTION;
    }

    /**
     * Starts {@code check} now if the host has room, else when one of the host's checks ends; the check's place is
     * free again when the future it returns completes. A check reports its own verdict: one that throws only frees
     * its place.
     */
    void submit(String host, Supplier<? extends CompletableFuture<?>> check) {
        Lane lane = lanes.computeIfAbsent(host, key -> new Lane());
        Runnable start = () -> {
            CompletableFuture<?> running;
            try {
                running = check.get();
            } catch (RuntimeException e) {
                running = CompletableFuture.failedFuture(e);
            }
            running.whenComplete((value, error) -> {
                Runnable next = lane.finished();
                if (next != null) {
                    run(next);
                }
            });
        };
        if (lane.admit(start, perHost)) {
            run(start);
        }
    }

    /**
     * Runs a check's start without nesting: a check that ends at once (a request refused before it is sent) frees
     * its place for the next one, which must not start inside it, or a long queue would become a deep stack.
     */
    private void run(Runnable start) {
        ArrayDeque<Runnable> queued = startingHere.get();
        if (queued != null) {
            queued.add(start);
            return;
        }
        queued = new ArrayDeque<>();
        startingHere.set(queued);
        try {
            for (Runnable next = start; next != null; next = queued.poll()) {
                next.run();
            }
        } finally {
            startingHere.remove();
        }
    }

    /** One host's checks: how many are under way, and those waiting for room. */
    private static final class Lane {
        private final ArrayDeque<Runnable> waiting = new ArrayDeque<>();
        private int running;

        /** True when the check may start now; otherwise it waits its turn. */
        synchronized boolean admit(Runnable start, int limit) {
            if (running < limit) {
                running++;
                return true;
            }
            waiting.add(start);
            return false;
        }

        /** A check ended: the next one to start in its place, if any. */
        synchronized Runnable finished() {
            Runnable next = waiting.poll();
            if (next == null) {
                running--;
            }
            return next;
        }
    }
}
