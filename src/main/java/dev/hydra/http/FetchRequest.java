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
 */
public record FetchRequest(URI uri, Method method, boolean readBody, boolean followUp) {

    public enum Method {
        HEAD,
        GET
    }

    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(method, "method");
    }

    public static FetchRequest head(URI uri) {
        return new FetchRequest(uri, Method.HEAD, false, false);
    }

    public static FetchRequest get(URI uri, boolean readBody) {
        return new FetchRequest(uri, Method.GET, readBody, false);
    }

    /** The same request to another URL: a redirect's next hop. */
    public FetchRequest withUri(URI other) {
        return new FetchRequest(other, method, readBody, followUp);
    }

    /** The same request, marked as the continuation of a check under way. */
    public FetchRequest asFollowUp() {
        return followUp ? this : new FetchRequest(uri, method, readBody, true);
    }

    /** This request's URL asked with GET, as the continuation of a check under way. */
    public FetchRequest asGet() {
        return new FetchRequest(uri, Method.GET, readBody, true);
    }
}
