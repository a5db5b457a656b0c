package dev.hydra.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link TestServer} answers: a status, headers and a body, optionally after a delay, or a dropped
 * connection ({@link #hangUp()}).
 */
public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay, boolean hangUp) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    public static Reply status(int status) {
        return new Reply(status, Map.of(), new byte[0], Duration.ZERO, false);
    }

    public static Reply html(String html) {
        return new Reply(
                200,
                Map.of("Content-Type", "text/html; charset=utf-8"),
                html.getBytes(StandardCharsets.UTF_8),
                Duration.ZERO,
                false);
    }

    public static Reply redirect(int status, String location) {
        return status(status).withHeader("Location", location);
    }

    /** Closes the connection without an answer: the client sees a reset or an early end of stream. */
    public static Reply dropConnection() {
        return new Reply(0, Map.of(), new byte[0], Duration.ZERO, true);
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, more, body, delay, hangUp);
    }

    /** The same reply, sent only after {@code wait} (holding one server thread). */
    public Reply after(Duration wait) {
        return new Reply(status, headers, body, wait, hangUp);
    }
}
