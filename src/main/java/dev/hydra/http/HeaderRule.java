package dev.hydra.http;

import java.net.http.HttpRequest;
import java.util.Objects;

/**
 * A header sent only to hosts that match a pattern, on every hop, never to another host. One the HTTP client would
 * refuse is a configuration error here: refused on every request, it would otherwise turn every link into a
 * broken one with a misleading reason.
 */
public record HeaderRule(HostPattern hosts, String name, String value) {

    public HeaderRule {
        Objects.requireNonNull(hosts, "hosts");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        String refusal = refusal(name, value);
        if (refusal != null) {
            throw new IllegalArgumentException("header '" + name + "' cannot be sent: " + refusal);
        }
    }

    /** Why the JDK's HTTP client refuses to send this header, or null when it sends it. The JDK is the judge. */
    public static String refusal(String name, String value) {
        try {
            HttpRequest.newBuilder().header(name, value);
            return null;
        } catch (IllegalArgumentException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.startsWith("restricted header name")) {
                return "the JDK's HTTP client sets it itself (remove it from headers)";
            }
            if (reason.startsWith("invalid header name")) {
                return "its name is not a valid HTTP header name";
            }
            if (reason.startsWith("invalid header value")) {
                return "its value holds a line break or another control character";
            }
            return reason;
        }
    }
}
