package dev.hydra.http;

import dev.hydra.extract.ServerAuthority;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Holds every request, each redirect's hop included, to {@link PrivateAddresses}: a URL whose host is, or resolves to,
 * a private address fails as {@link FailureKind#PRIVATE_ADDRESS} without a connection. The client resolves the name
 * again when it connects, so a name whose answer changes in between (DNS rebinding) is not held by this check; see
 * the security page. Also writes a browser's IPv4 spellings ({@code 127.1}) as four decimal bytes for the client,
 * which reads no other.
 */
public final class PrivateAddressFetcher implements Fetcher {

    private final Fetcher next;
    private final PrivateAddresses rule;
    private final Executor lookups;

    /** @param lookups runs the blocking name lookups */
    public PrivateAddressFetcher(Fetcher next, PrivateAddresses rule, Executor lookups) {
        this.next = next;
        this.rule = rule;
        this.lookups = lookups;
    }

    @Override
    public CompletableFuture<FetchOutcome> fetch(FetchRequest request) {
        URI uri = request.uri();
        ServerAuthority authority = ServerAuthority.of(uri);
        if (authority == null || rule.isAllowed(uri)) {
            return forward(request);
        }
        String refused = rule.refusalWithoutLookup(uri);
        if (refused != null) {
            return CompletableFuture.completedFuture(
                    new FetchOutcome.Failure(uri, FailureKind.PRIVATE_ADDRESS, refused));
        }
        if (!PrivateAddresses.isName(authority.host())) {
            return forward(request);
        }
        String host = authority.host();
        CompletableFuture<InetAddress[]> resolved;
        try {
            resolved = CompletableFuture.supplyAsync(() -> resolve(host), lookups);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.completedFuture(
                    new FetchOutcome.Failure(uri, FailureKind.INTERRUPTED, "the check was stopped"));
        }
        return resolved.thenCompose(addresses -> {
            String refusedName = addresses == null ? null : rule.refusalOfResolved(host, addresses);
            return refusedName != null
                    ? CompletableFuture.completedFuture(
                            new FetchOutcome.Failure(uri, FailureKind.PRIVATE_ADDRESS, refusedName))
                    : forward(request);
        });
    }

    /**
     * Every address of a name, or null when it resolves to none here: the client then says why in its own words (or a
     * proxy, which resolves names itself, answers).
     */
    private static InetAddress[] resolve(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException | RuntimeException e) {
            return null;
        }
    }

    private CompletableFuture<FetchOutcome> forward(FetchRequest request) {
        URI dotted = ServerAuthority.withDottedHost(request.uri());
        if (dotted == request.uri()) {
            return next.fetch(request);
        }
        URI written = request.uri();
        return next.fetch(request.withUri(dotted)).thenApply(outcome -> asWritten(outcome, written));
    }

    /** An outcome for the dotted spelling, told for the URL as it was written. */
    private static FetchOutcome asWritten(FetchOutcome outcome, URI written) {
        if (outcome instanceof FetchOutcome.Response response) {
            return response.redirectedFrom(written, response.redirects());
        }
        FetchOutcome.Failure failure = (FetchOutcome.Failure) outcome;
        return new FetchOutcome.Failure(written, failure.kind(), failure.reason(), failure.redirects());
    }
}
