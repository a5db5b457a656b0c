package dev.hydra.http;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches one URL without blocking the caller. Implementations are stacked by concern
 * (redirects around retries around politeness around the JDK client), each testable alone.
 * The returned future never completes exceptionally: every failure is a {@link FetchOutcome.Failure}.
 */
@FunctionalInterface
public interface Fetcher {

    CompletableFuture<FetchOutcome> fetch(FetchRequest request);
}
