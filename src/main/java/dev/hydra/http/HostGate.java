package dev.hydra.http;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The politeness of Hydra towards one host: at most {@code limit} requests in flight, at least
 * {@code minInterval} between two starts, and a limit that drops when the host answers 429.
 * Waiting never holds a thread: {@link #acquire(boolean)} returns a future completed when it is this caller's turn.
 */
final class HostGate {

    /** One granted slot: {@code generation} tells which limit was in force when its request started. */
    record Permit(int generation) {}

    /** A host refusing at least one answer in this many is refusing concurrency, not one busy URL. */
    private static final int REFUSED_SHARE = 8;

    private final int maxLimit;
    private final int burstSize;
    private final long minIntervalNanos;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final ArrayDeque<CompletableFuture<Permit>> waiting = new ArrayDeque<>();
    /** Whether each of the last limit's worth of answers (under the current limit) was a 429, as a ring. */
    private final boolean[] recent;

    private int recentNext;
    private int limit;
    /** A lower limit held after a 429 until it is known whether more follow; {@code maxLimit} when none. */
    private int provisionalLimit;

    private int acceptedSinceRefusal;
    private int inFlight;
    private long nextStartNanos;
    private int generation;
    // since the limit last changed:
    private int answers;
    private int refusals;
    // since the last round of answers that were all accepted (or the limit changed): the evidence a 429 is judged on
    private int highestGranted;
    private int openRefusals;

    /**
     * @param scheduler the timer of paced grants
     * @param executor where a grant made by the timer completes, and so where its request starts
     */
    HostGate(int maxLimit, long minIntervalNanos, ScheduledExecutorService scheduler, Executor executor) {
        this.maxLimit = Math.max(1, maxLimit);
        this.limit = this.maxLimit;
        this.provisionalLimit = this.maxLimit;
        this.burstSize = Math.max(2, this.maxLimit / 2);
        this.recent = new boolean[Math.max(2, this.maxLimit)];
        this.minIntervalNanos = minIntervalNanos;
        this.scheduler = scheduler;
        this.executor = executor;
    }

    /**
     * A turn for one request. A follow-up (a retry, a redirect's next hop, a GET after a refused HEAD) goes before
     * the new requests waiting, so that checks already under way finish first.
     */
    CompletableFuture<Permit> acquire(boolean followUp) {
        CompletableFuture<Permit> ticket = new CompletableFuture<>();
        synchronized (this) {
            if (followUp) {
                waiting.addFirst(ticket);
            } else {
                waiting.addLast(ticket);
            }
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
     * The host answered a request started with {@code permit}.
     *
     * <p>A host that tolerates fewer requests at once than Hydra sends refuses much of the excess at once. When half
     * a limit's worth of the last limit's worth of answers are 429s, and at least one answer in
     * {@value #REFUSED_SHARE} since the limit last changed, the limit drops to two below the concurrency the host
     * refuses: one below it, and one more because a server counts a request until its answer is written, so the next
     * request can reach it before the last one is counted out. Only answers to requests started under the current
     * limit count; if the 429s go on, the limit keeps dropping, down to 1. Rate-limited URLs linked side by side on a
     * few pages are 429s close together too, but not half of a round of answers.
     *
     * <p>An isolated 429 is most often one rate-limited URL, which is retried after its {@code Retry-After}. It holds
     * the host below the concurrency refused until a limit's worth of answers has come back accepted, so that a host
     * refusing concurrency is not sent more of what it refuses while the evidence comes in; then the host is served
     * at its limit again. Slowing a whole host for the rest of the run over one busy URL would cost a crawl far more
     * than that URL.
     */
    void answered(Permit permit, boolean tooManyRequests) {
        synchronized (this) {
            if (permit.generation() != generation) {
                return;
            }
            answers++;
            recent[recentNext] = tooManyRequests;
            recentNext = (recentNext + 1) % recent.length;
            if (!tooManyRequests) {
                if (++acceptedSinceRefusal == maxLimit) {
                    provisionalLimit = maxLimit;
                    closeEvidence();
                }
                return;
            }
            refusals++;
            openRefusals++;
            acceptedSinceRefusal = 0;
            int refusedConcurrency = refusedConcurrency();
            int lower = Math.max(1, refusedConcurrency - 2);
            if (recentRefusals() >= burstSize && refusals * REFUSED_SHARE >= answers && lower < limit) {
                limit = lower;
                provisionalLimit = maxLimit;
                generation++;
                answers = 0;
                refusals = 0;
                closeEvidence();
                Arrays.fill(recent, false);
            } else {
                provisionalLimit = Math.min(provisionalLimit, Math.max(1, refusedConcurrency - 1));
            }
        }
    }

    /**
     * The concurrency the host refuses, from the 429s since the last round of accepted answers: of the most requests
     * in flight at once, all but the refused ones were accepted, so the host refuses one more than that. Not the
     * concurrency at which the refused requests started: requests reach a server in another order than they
     * started, and a server counts an answer until it is written, so a request started 7th can be refused by a
     * host that accepts 4.
     */
    private int refusedConcurrency() {
        return highestGranted - openRefusals + 1;
    }

    /**
     * A round of accepted answers, or a new limit, ends what earlier 429s tell: the 429s of rate-limited URLs
     * scattered over a long run, added up, would otherwise read as a host refusing any concurrency at all.
     */
    private void closeEvidence() {
        openRefusals = 0;
        highestGranted = inFlight;
    }

    private int recentRefusals() {
        int count = 0;
        for (boolean refused : recent) {
            count += refused ? 1 : 0;
        }
        return count;
    }

    synchronized int limit() {
        return limit;
    }

    int maxLimit() {
        return maxLimit;
    }

    private void grantWhatFits() {
        List<Runnable> grants = new ArrayList<>();
        synchronized (this) {
            while (inFlight < Math.min(limit, provisionalLimit) && !waiting.isEmpty()) {
                CompletableFuture<Permit> ticket = waiting.pollFirst();
                inFlight++;
                highestGranted = Math.max(highestGranted, inFlight);
                Permit permit = new Permit(generation);
                long now = System.nanoTime();
                long delay = 0;
                if (minIntervalNanos > 0) {
                    long start = Math.max(now, nextStartNanos);
                    delay = start - now;
                    nextStartNanos = start + minIntervalNanos;
                }
                if (delay > 0) {
                    long wait = delay;
                    grants.add(() -> scheduler.schedule(
                            () -> HandOver.run(executor, () -> ticket.complete(permit)), wait, TimeUnit.NANOSECONDS));
                } else {
                    grants.add(() -> ticket.complete(permit));
                }
            }
        }
        grants.forEach(Runnable::run); // outside the lock: completing a ticket starts a request
    }
}
