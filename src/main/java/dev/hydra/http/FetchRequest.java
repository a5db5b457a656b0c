package dev.hydra.http;

import java.net.URI;
import java.util.Objects;

/**
 * One request to make.
 *
 * @param uri the URL, without fragment
 * @param method HEAD or GET
 * @param readBody whether an HTML body is wanted (up to the page size limit); other bodies are discarded
 */
public record FetchRequest(URI uri, Method method, boolean readBody) {

    public enum Method {
        HEAD,
        GET
    }

    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(method, "method");
    }

    public static FetchRequest head(URI uri) {
        return new FetchRequest(uri, Method.HEAD, false);
    }

    public static FetchRequest get(URI uri, boolean readBody) {
        return new FetchRequest(uri, Method.GET, readBody);
    }

    public FetchRequest withUri(URI other) {
        return new FetchRequest(other, method, readBody);
    }
}
