package dev.hydra.http;

import dev.hydra.extract.LinkTarget;
import dev.hydra.extract.UrlNormalizer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Follows redirects up to a limit, detects loops (also across hosts), and reports where the chain ended.
 * Each hop goes through the fetchers below it, so each hop is throttled, retried and sent only the headers
 * meant for its own host.
 */
public final class RedirectingFetcher implements Fetcher {

    private final Fetcher next;
    private final int maxRedirects;

    public RedirectingFetcher(Fetcher next, int maxRedirects) {
        this.next = next;
        this.maxRedirects = maxRedirects;
    }

    @Override
    public CompletableFuture<FetchOutcome> fetch(FetchRequest request) {
        return hop(request, request.uri(), new ArrayList<>());
    }

    private CompletableFuture<FetchOutcome> hop(FetchRequest request, URI first, List<URI> chain) {
        return next.fetch(request).thenCompose(outcome -> {
            if (outcome instanceof FetchOutcome.Failure failure) {
                return done(new FetchOutcome.Failure(first, failure.kind(), failure.reason(), chain));
            }
            FetchOutcome.Response response = (FetchOutcome.Response) outcome;
            if (!HttpStatuses.isRedirect(response.status())) {
                return done(response.redirectedFrom(first, chain));
            }
            String location = response.header("Location").orElse(null);
            if (location == null) {
                return done(response.redirectedFrom(first, chain)); // a 3xx without a target is not followed
            }
            LinkTarget target = UrlNormalizer.resolve(location, request.uri());
            if (!(target instanceof LinkTarget.Web web)
                    || !web.uri().getScheme().startsWith("http")) {
                return done(new FetchOutcome.Failure(
                        first,
                        FailureKind.INVALID_URL,
                        response.status() + " redirect to an invalid URL: " + location,
                        chain));
            }
            URI nextUri = UrlNormalizer.withoutFragment(web.uri());
            List<URI> longer = new ArrayList<>(chain);
            longer.add(request.uri());
            if (longer.contains(nextUri)) {
                return done(new FetchOutcome.Failure(
                        first, FailureKind.REDIRECT_LOOP, "redirect loop: " + describe(longer, nextUri), longer));
            }
            if (longer.size() > maxRedirects) {
                return done(new FetchOutcome.Failure(
                        first,
                        FailureKind.TOO_MANY_REDIRECTS,
                        "too many redirects (more than " + maxRedirects + ")",
                        longer));
            }
            return hop(request.withUri(nextUri).asFollowUp(), first, longer);
        });
    }

    private static String describe(List<URI> chain, URI back) {
        StringBuilder text = new StringBuilder();
        for (URI uri : chain) {
            text.append(uri).append(" -> ");
        }
        return text.append(back).toString();
    }

    private static CompletableFuture<FetchOutcome> done(FetchOutcome outcome) {
        return CompletableFuture.completedFuture(outcome);
    }
}
