package dev.hydra.http;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import javax.net.ssl.SSLException;

/**
 * Turns what the JDK client threw into a failure a user understands, by exception type and, where a type says
 * little (a NumberFormatException), by where it was thrown. What is not known is a failure named by its class,
 * never a guess: an invalid URL is said where the request is built ({@link #invalidUrl}), a malformed answer where it
 * is read ({@link MalformedResponseException}) or when the client's own parsing threw.
 */
final class Failures {

    private Failures() {}

    static FetchOutcome.Failure classify(URI uri, Throwable error, Duration timeout) {
        // The JDK wraps a failed name lookup in a ConnectException: look for the precise cause first
        if (hasCause(error, UnresolvedAddressException.class) || hasCause(error, UnknownHostException.class)) {
            return new FetchOutcome.Failure(uri, FailureKind.UNKNOWN_HOST, "unknown host " + uri.getHost());
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException) {
                return new FetchOutcome.Failure(
                        uri, FailureKind.CONNECT_TIMEOUT, "connect timed out after " + seconds(timeout));
            }
            if (t instanceof HttpTimeoutException) {
                return timedOut(uri, timeout);
            }
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new FetchOutcome.Failure(uri, FailureKind.UNKNOWN_HOST, "unknown host " + uri.getHost());
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return new FetchOutcome.Failure(uri, FailureKind.CONNECTION_REFUSED, "connection refused");
            }
            if (t instanceof SSLException) {
                return new FetchOutcome.Failure(
                        uri,
                        FailureKind.TLS,
                        "TLS failure: " + tlsProblem(t, uri)
                                + " (set insecureHosts to accept this host's certificate)");
            }
            if (t instanceof EOFException) {
                return new FetchOutcome.Failure(
                        uri, FailureKind.CONNECTION_RESET, "connection closed without a complete response");
            }
            if (t instanceof SocketException) {
                return new FetchOutcome.Failure(uri, FailureKind.CONNECTION_RESET, "connection reset");
            }
            if (t instanceof InterruptedException || t instanceof CancellationException) {
                return new FetchOutcome.Failure(uri, FailureKind.INTERRUPTED, "interrupted");
            }
            if (t instanceof MalformedResponseException) {
                return new FetchOutcome.Failure(
                        uri, FailureKind.MALFORMED_RESPONSE, "malformed response: " + t.getMessage());
            }
            if (t instanceof NumberFormatException && thrownByTheClient(t)) {
                // the JDK client reads a header of an HTTP/1.1 answer as a number (Content-Length), and throws this
                // when it is not one
                return new FetchOutcome.Failure(
                        uri,
                        FailureKind.MALFORMED_RESPONSE,
                        "malformed response: "
                                + (readingAHeader(t)
                                        ? "Content-Length " + quotedInput(t.getMessage()) + " is not a number"
                                        : "a number in it is not one (" + firstLine(t.getMessage()) + ")"));
            }
        }
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.io.IOException) {
            return new FetchOutcome.Failure(uri, FailureKind.IO, "connection failed: " + firstLine(root.getMessage()));
        }
        return new FetchOutcome.Failure(
                uri,
                FailureKind.IO,
                "request failed: " + root.getClass().getSimpleName()
                        + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage())));
    }

    /**
     * The failure of a request whose URL the JDK client refuses to build a request for: known where the request is
     * built, and only there. An IllegalArgumentException from anywhere else is no invalid URL.
     */
    static FetchOutcome.Failure invalidUrl(URI uri, IllegalArgumentException error) {
        return new FetchOutcome.Failure(uri, FailureKind.INVALID_URL, "invalid URL: " + firstLine(error.getMessage()));
    }

    /**
     * Whether an exception came from the JDK's HTTP client (its own reading of an answer): the first frame outside
     * java.base, where the parsing of a number or the streams it used throw, is a class of the client.
     */
    private static boolean thrownByTheClient(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if ("java.base".equals(frame.getModuleName())) {
                continue;
            }
            return "java.net.http".equals(frame.getModuleName())
                    || frame.getClassName().startsWith("jdk.internal.net.http.");
        }
        return false;
    }

    /** Whether the client was reading a header value as a number when it threw. */
    private static boolean readingAHeader(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().equals("java.net.http.HttpHeaders")) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with the server's certificate, by the exception types the JDK's trust manager throws. */
    private static String tlsProblem(Throwable error, URI uri) {
        if (hasCause(error, java.security.cert.CertificateExpiredException.class)) {
            return "certificate expired";
        }
        if (hasCause(error, java.security.cert.CertificateNotYetValidException.class)) {
            return "certificate not yet valid";
        }
        if (hasCause(error, java.security.cert.CertPathBuilderException.class)
                || hasCause(error, java.security.cert.CertPathValidatorException.class)) {
            return "certificate not trusted (self-signed, or its issuer is unknown)";
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // the host name check throws a plain CertificateException; the trust checks above throw subclasses
            if (t.getClass() == java.security.cert.CertificateException.class) {
                return "certificate is not valid for " + uri.getHost();
            }
        }
        return firstLine(error.getMessage());
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static FetchOutcome.Failure timedOut(URI uri, Duration timeout) {
        return new FetchOutcome.Failure(uri, FailureKind.TIMEOUT, "timed out after " + seconds(timeout));
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0
                ? (millis / 1000) + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** The text a NumberFormatException could not read, as {@code "twelve"}, from its message {@code For input string: "twelve"}. */
    private static String quotedInput(String message) {
        if (message == null) {
            return "\"\"";
        }
        int quote = message.indexOf('"');
        return quote < 0 ? "\"" + firstLine(message) + "\"" : firstLine(message.substring(quote));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
