package dev.hydra.http;

import java.net.URI;
import java.util.Objects;

/**
 * One request to make.
 *
 * @param uri the URL, without fragment
 * @param method HEAD or GET
 * @param readBody whether an HTML body is wanted (up to the page size limit); other bodies are discarded
 * @param followUp whether it continues a check already under way (a retry, a redirect's next hop, the GET after a
 *     refused HEAD): such requests go before new links in a host's queue, so that started checks finish first and
 *     the crawl does not end on a tail of retries queued behind everything else
 * @param retriesSpent how many of the link's retries were spent before this request: the GET after a HEAD whose
 *     connection was dropped is already a second try, so a link a host always drops is tried {@code retries + 1}
 *     times in all, as the parameter says, not once more
 */
public record FetchRequest(URI uri, Method method, boolean readBody, boolean followUp, int retriesSpent) {

    public enum Method {
        HEAD,
        GET
    }

    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(method, "method");
        if (retriesSpent < 0) {
            throw new IllegalArgumentException("retriesSpent cannot be negative, was " + retriesSpent);
        }
    }

    public static FetchRequest head(URI uri) {
        return new FetchRequest(uri, Method.HEAD, false, false, 0);
    }

    public static FetchRequest get(URI uri, boolean readBody) {
        return new FetchRequest(uri, Method.GET, readBody, false, 0);
    }

    /** The same request to another URL (a redirect's next hop), which has all its retries again. */
    public FetchRequest withUri(URI other) {
        return new FetchRequest(other, method, readBody, followUp, 0);
    }

    /** The same request, marked as the continuation of a check under way. */
    public FetchRequest asFollowUp() {
        return followUp ? this : new FetchRequest(uri, method, readBody, true, retriesSpent);
    }

    /** The same request as the next try of a check whose last request failed in passing: one retry spent. */
    public FetchRequest asRetry() {
        return new FetchRequest(uri, method, readBody, true, retriesSpent + 1);
    }
}
