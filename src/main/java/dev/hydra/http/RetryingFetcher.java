package dev.hydra.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

/** Tries transient failures (timeouts, resets, 5xx, 429) again after a backoff, without holding a thread. */
public final class RetryingFetcher implements Fetcher {

    private final Fetcher next;
    private final RetryPolicy policy;
    private final ScheduledExecutorService scheduler;

    public RetryingFetcher(Fetcher next, RetryPolicy policy, ScheduledExecutorService scheduler) {
        this.next = next;
        this.policy = policy;
        this.scheduler = scheduler;
    }

    @Override
    public CompletableFuture<FetchOutcome> fetch(FetchRequest request) {
        return attempt(request, 0);
    }

    private CompletableFuture<FetchOutcome> attempt(FetchRequest request, int attempt) {
        return next.fetch(request).thenCompose(outcome -> {
            if (attempt >= policy.retries() || !RetryPolicy.isTransient(outcome)) {
                return CompletableFuture.completedFuture(outcome);
            }
            Optional<Duration> wait = waitFor(outcome, attempt);
            if (wait.isEmpty()) {
                return CompletableFuture.completedFuture(outcome);
            }
            return Delays.after(wait.get(), scheduler)
                    .handle((ignored, shutdown) -> shutdown)
                    .thenCompose(shutdown -> shutdown == null
                            ? attempt(request, attempt + 1)
                            : CompletableFuture.completedFuture(outcome));
        });
    }

    /** The wait before the next attempt, or empty when the server asks for longer than we accept. */
    private Optional<Duration> waitFor(FetchOutcome outcome, int attempt) {
        if (outcome instanceof FetchOutcome.Response response) {
            Optional<Duration> asked = response.header("Retry-After").flatMap(value -> RetryAfter.parse(value, Instant.now()));
            if (asked.isPresent()) {
                return asked.get().compareTo(policy.maxRetryAfter()) <= 0 ? asked : Optional.empty();
            }
        }
        return Optional.of(policy.backoff(attempt));
    }
}
