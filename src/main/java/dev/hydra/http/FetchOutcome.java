package dev.hydra.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

/** What came back from a request: an HTTP answer, or a failure with its reason. */
public sealed interface FetchOutcome {

    /** The URL that was requested first (before any redirect). */
    URI requested();

    /**
     * An HTTP answer.
     *
     * @param requested the URL first requested
     * @param uri the URL that gave this answer (differs from {@code requested} after redirects)
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the body when it was wanted and is HTML, else null; at most the page size limit
     * @param truncated whether the body was cut at the page size limit
     * @param redirects the URLs redirected through, in order, without the final one
     * @param undecodable why a wanted HTML body could not be decoded (an unsupported Content-Encoding), else null
     */
    record Response(
            URI requested,
            URI uri,
            int status,
            HttpHeaders headers,
            byte[] body,
            boolean truncated,
            List<URI> redirects,
            String undecodable)
            implements FetchOutcome {

        public Response {
            redirects = List.copyOf(redirects);
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The media type of the Content-Type header, lower case, without parameters. */
        public String mediaType() {
            return header("Content-Type")
                    .map(value -> value.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT))
                    .orElse("");
        }

        /** The charset parameter of Content-Type, if it names a charset this JVM supports. */
        public Charset charset() {
            return header("Content-Type").map(ContentTypes::charsetOf).orElse(null);
        }

        public boolean isHtml() {
            return ContentTypes.isHtml(mediaType());
        }

        public Response redirectedFrom(URI first, List<URI> chain) {
            return new Response(first, uri, status, headers, body, truncated, chain, undecodable);
        }
    }

    /**
     * No usable answer.
     *
     * @param requested the URL first requested
     * @param kind the class of failure, for retry and verdict decisions
     * @param reason the words shown to the user
     * @param redirects URLs redirected through before the failure
     */
    record Failure(URI requested, FailureKind kind, String reason, List<URI> redirects) implements FetchOutcome {

        public Failure {
            redirects = List.copyOf(redirects);
        }

        public Failure(URI requested, FailureKind kind, String reason) {
            this(requested, kind, reason, List.of());
        }

        /** Whether the connection dropped or failed mid-exchange: a HEAD that meets this is worth a GET. */
        public boolean droppedConnection() {
            return kind == FailureKind.CONNECTION_RESET || kind == FailureKind.IO;
        }
    }
}
