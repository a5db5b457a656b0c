package dev.hydra.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before trying again: exponential backoff with jitter, or the server's
 * {@code Retry-After} when it asks for no more than {@code maxRetryAfter}.
 *
 * @param retries how many times a transient failure is tried again
 * @param firstBackoff the wait before the first retry; each later one doubles it
 * @param maxRetryAfter the longest Retry-After Hydra honours; a server asking more gets no retry
 */
public record RetryPolicy(int retries, Duration firstBackoff, Duration maxRetryAfter) {

    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO);
    }

    /** The wait before retry number {@code attempt} (0 for the first retry), between 0.5 and 1.5 times the nominal value. */
    public Duration backoff(int attempt) {
        long nominal = firstBackoff.toMillis() << Math.min(attempt, 16);
        double jitter = 0.5 + ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis((long) (nominal * jitter));
    }

    /** Whether an outcome is worth trying again. */
    public static boolean isTransient(FetchOutcome outcome) {
        if (outcome instanceof FetchOutcome.Failure failure) {
            return failure.kind().isTransient();
        }
        return HttpStatuses.isWorthARetry(((FetchOutcome.Response) outcome).status());
    }
}
