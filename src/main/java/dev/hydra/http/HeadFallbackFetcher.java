package dev.hydra.http;

import java.util.concurrent.CompletableFuture;

/**
 * Makes a HEAD mean "HEAD, asked again with GET when the server refuses or breaks on HEAD". Servers that refuse HEAD
 * (400, 403, 405, 406, 501, LinkedIn's 999) often serve GET well, and so do servers whose HEAD handler crashes (500)
 * or drops the connection. The GET after a refusal is a new question with all the link's retries; the GET after a
 * HEAD that broke is asked at once as the link's first retry (asking HEAD again after a backoff would only make a
 * dead link wait longer for its verdict), so such a link is asked {@code retries + 1} times in all, and at least
 * twice. A 502, 503 or 504 says the server or its gateway is busy, not that HEAD is broken: the layer below retries
 * those as HEAD.
 *
 * <p>Stacked under {@link RedirectingFetcher} and over {@link RetryingFetcher}: each hop of a redirect chain is
 * asked HEAD and, when that hop refuses or breaks on it, GET.
 */
public final class HeadFallbackFetcher implements Fetcher {

    private final Fetcher next;

    public HeadFallbackFetcher(Fetcher next) {
        this.next = next;
    }

    @Override
    public CompletableFuture<FetchOutcome> fetch(FetchRequest request) {
        CompletableFuture<FetchOutcome> first = next.fetch(request);
        if (request.method() != FetchRequest.Method.HEAD) {
            return first;
        }
        return first.thenCompose(outcome -> {
            if (headRefused(outcome)) {
                return next.fetch(request.asGet());
            }
            if (headBroken(request, outcome)) {
                // a GET that only met rate limits says less about the link than the HEAD's 500 or dropped connection
                return next.fetch(request.asGetUsingARetry()).thenApply(get -> isRateLimited(get) ? outcome : get);
            }
            return CompletableFuture.completedFuture(outcome);
        });
    }

    /** Whether the server refused a HEAD: an answer worth asking again with GET, as a new question. */
    static boolean headRefused(FetchOutcome outcome) {
        if (!(outcome instanceof FetchOutcome.Response response)) {
            return false;
        }
        return HttpStatuses.isHeadRefused(response.status());
    }

    /** Whether a HEAD broke the server's HEAD handler (500) or its connection: worth a GET at once, as a retry. */
    static boolean headBroken(FetchRequest request, FetchOutcome outcome) {
        if (request.method() != FetchRequest.Method.HEAD) {
            return false;
        }
        if (outcome instanceof FetchOutcome.Failure failure) {
            return failure.droppedConnection();
        }
        return HttpStatuses.isHeadBroken(((FetchOutcome.Response) outcome).status());
    }

    private static boolean isRateLimited(FetchOutcome outcome) {
        return outcome instanceof FetchOutcome.Response response && HttpStatuses.isRateLimited(response.status());
    }
}
