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
 * @param retriesUsed how many of the link's retries the requests before this one used: 1 for the GET after a HEAD
 *     that broke (a 500, a dropped connection), which counts as the link's first retry
 */
public record FetchRequest(URI uri, Method method, boolean readBody, boolean followUp, int retriesUsed) {

    public enum Method {
        HEAD,
        GET
    }

    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(method, "method");
    }

    public FetchRequest(URI uri, Method method, boolean readBody, boolean followUp) {
        this(uri, method, readBody, followUp, 0);
    }

    public static FetchRequest head(URI uri) {
        return new FetchRequest(uri, Method.HEAD, false, false);
    }

    public static FetchRequest get(URI uri, boolean readBody) {
        return new FetchRequest(uri, Method.GET, readBody, false);
    }

    /** The same request to another URL: a redirect's next hop. */
    public FetchRequest withUri(URI other) {
        return new FetchRequest(other, method, readBody, followUp, retriesUsed);
    }

    /** The same request, marked as the continuation of a check under way. */
    public FetchRequest asFollowUp() {
        return followUp ? this : new FetchRequest(uri, method, readBody, true, retriesUsed);
    }

    /** This request's URL asked with GET, as the continuation of a check under way. */
    public FetchRequest asGet() {
        return new FetchRequest(uri, Method.GET, readBody, true, retriesUsed);
    }

    /** This request's URL asked with GET, as the continuation of a check under way that used one more retry. */
    public FetchRequest asGetUsingARetry() {
        return new FetchRequest(uri, Method.GET, readBody, true, retriesUsed + 1);
    }
}
