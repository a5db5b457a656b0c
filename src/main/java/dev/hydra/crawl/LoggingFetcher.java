package dev.hydra.crawl;

import dev.hydra.http.FetchOutcome;
import dev.hydra.http.FetchRequest;
import dev.hydra.http.Fetcher;
import java.util.concurrent.CompletableFuture;

/** Tells the listener about every request on the wire and its answer (Maven's -X). */
final class LoggingFetcher implements Fetcher {

    private final Fetcher next;
    private final CheckListener listener;
    private final UrlDisplay display;

    LoggingFetcher(Fetcher next, CheckListener listener, UrlDisplay display) {
        this.next = next;
        this.listener = listener;
        this.display = display;
    }

    @Override
    public CompletableFuture<FetchOutcome> fetch(FetchRequest request) {
        long started = System.nanoTime();
        return next.fetch(request).whenComplete((outcome, error) -> {
            long millis = (System.nanoTime() - started) / 1_000_000;
            String answer = outcome instanceof FetchOutcome.Response response
                    ? String.valueOf(response.status())
                    : outcome instanceof FetchOutcome.Failure failure ? failure.reason() : String.valueOf(error);
            listener.request(UrlDisplay.maskCredentials(
                    request.method() + " " + display.show(request.uri()) + " -> " + answer + " (" + millis + " ms)"));
        });
    }
}
