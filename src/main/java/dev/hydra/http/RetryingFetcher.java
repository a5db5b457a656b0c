package dev.hydra.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Tries transient failures (timeouts, resets, 5xx, 429) again after a backoff, without holding a thread. A HEAD
 * that broke (a 500, a dropped connection) is not asked again as HEAD: it is returned at once, for
 * {@link HeadFallbackFetcher} to ask GET, with one retry fewer ({@link FetchRequest#retriesUsed()}).
 */
public final class RetryingFetcher implements Fetcher {

    private final Fetcher next;
    private final RetryPolicy policy;
    private final ScheduledExecutorService scheduler;
    private final Executor executor;

    /**
     * @param scheduler the timer of backoffs
     * @param executor where a retry starts once its backoff is over (not on the timer): an executor the caller owns
     */
    public RetryingFetcher(Fetcher next, RetryPolicy policy, ScheduledExecutorService scheduler, Executor executor) {
        this.next = next;
        this.policy = policy;
        this.scheduler = scheduler;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<FetchOutcome> fetch(FetchRequest request) {
        return attempt(request, request.retriesUsed(), null);
    }

    /**
     * @param earlier the last answer of an earlier attempt that was not a 429: when every retry after it only meets
     *     a rate limit, that answer (a 500, say) says more about the link than "too many requests"
     */
    private CompletableFuture<FetchOutcome> attempt(FetchRequest request, int attempt, FetchOutcome earlier) {
        return next.fetch(request).thenCompose(outcome -> {
            FetchOutcome informative = isRateLimited(outcome) && earlier != null ? earlier : outcome;
            FetchOutcome remembered = isRateLimited(outcome) ? earlier : outcome;
            if (HeadFallbackFetcher.headBroken(request, outcome)) {
                return CompletableFuture.completedFuture(outcome);
            }
            if (attempt >= policy.retries() || !RetryPolicy.isTransient(outcome)) {
                return CompletableFuture.completedFuture(informative);
            }
            Optional<Duration> wait = waitFor(outcome, attempt);
            if (wait.isEmpty()) {
                return CompletableFuture.completedFuture(informative);
            }
            return Delays.after(wait.get(), scheduler, executor)
                    .handle((ignored, shutdown) -> shutdown)
                    .thenCompose(shutdown -> shutdown == null
                            ? attempt(request.asFollowUp(), attempt + 1, remembered)
                            : CompletableFuture.completedFuture(informative));
        });
    }

    private static boolean isRateLimited(FetchOutcome outcome) {
        return outcome instanceof FetchOutcome.Response response && HttpStatuses.isRateLimited(response.status());
    }

    /** The wait before the next attempt, or empty when the server asks for longer than we accept. */
    private Optional<Duration> waitFor(FetchOutcome outcome, int attempt) {
        if (outcome instanceof FetchOutcome.Response response) {
            Optional<Duration> asked =
                    response.header("Retry-After").flatMap(value -> RetryAfter.parse(value, Instant.now()));
            if (asked.isPresent()) {
                return asked.get().compareTo(policy.maxRetryAfter()) <= 0 ? asked : Optional.empty();
            }
        }
        return Optional.of(policy.backoff(attempt));
    }
}
