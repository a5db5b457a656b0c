package dev.hydra.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** Limits the requests in flight per host (and the pace per host) before handing them to the next fetcher. */
public final class ThrottledFetcher implements Fetcher {

    private final Fetcher next;
    private final int maxPerHost;
    private final long minIntervalNanos;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;
    private final ConcurrentHashMap<String, HostGate> gates = new ConcurrentHashMap<>();

    /**
     * @param scheduler the timer of paced starts ({@code minInterval})
     * @param executor where a request granted by the timer starts (not on the timer): an executor the caller owns
     */
    public ThrottledFetcher(
            Fetcher next, int maxPerHost, Duration minInterval, ScheduledExecutorService scheduler, Executor executor) {
        this.next = next;
        this.maxPerHost = maxPerHost;
        this.minIntervalNanos = minInterval.toNanos();
        this.scheduler = scheduler;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<FetchOutcome> fetch(FetchRequest request) {
        HostGate gate = gates.computeIfAbsent(
                hostKey(request.uri()), key -> new HostGate(maxPerHost, minIntervalNanos, scheduler, executor));
        return gate.acquire(request.followUp()).thenCompose(permit -> {
            CompletableFuture<FetchOutcome> outcome;
            try {
                outcome = next.fetch(request);
            } catch (RuntimeException e) {
                gate.release();
                throw e;
            }
            return outcome.whenComplete((result, error) -> {
                if (result instanceof FetchOutcome.Response response) {
                    gate.answered(permit, HttpStatuses.isRateLimited(response.status()));
                }
                gate.release();
            });
        });
    }

    /** The current limit per host that has been slowed down by 429 answers, for the summary. */
    public java.util.Map<String, Integer> slowedHosts() {
        java.util.Map<String, Integer> slowed = new java.util.TreeMap<>();
        gates.forEach((host, gate) -> {
            if (gate.limit() < gate.maxLimit()) {
                slowed.put(host, gate.limit());
            }
        });
        return slowed;
    }

    /** The host a per-host limit applies to: scheme, host and port. */
    public static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }
}
