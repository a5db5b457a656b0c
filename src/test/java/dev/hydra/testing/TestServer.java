package dev.hydra.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real HTTP server on a loopback address and a free port, for tests: one {@link Route} per exact path
 * (404 for any other), a log of every request received (method, path, headers), and a count of the most
 * requests it had in flight at once, so tests can assert what a checker sent and how politely. A field holding one
 * with {@code @RegisterExtension} stops it after each test.
 */
public final class TestServer implements AutoCloseable, AfterEachCallback {

    /** What the server answers to one request. */
    @FunctionalInterface
    public interface Route {
        Reply answer(Request request);
    }

    /**
     * One request as the server received it.
     *
     * @param method the HTTP method
     * @param path the raw path, with the query if any
     * @param headers the request headers, names lower case
     * @param hit how many requests this path had received before, plus one (1 for the first)
     * @param inFlight how many requests the server was answering when this one arrived, including it
     * @param receivedNanos when it arrived, by {@link System#nanoTime()}
     */
    public record Request(
            String method, String path, Map<String, List<String>> headers, int hit, int inFlight, long receivedNanos) {

        /** The first value of a request header, or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final String host;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Request> log = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private TestServer(String host) throws IOException {
        this.host = host;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(host), 0), 64);
        // enough threads that the server itself never limits concurrency in the politeness tests
        this.executor = Executors.newFixedThreadPool(32);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** Starts a server on 127.0.0.1. */
    public static TestServer start() {
        return start("127.0.0.1");
    }

    /** Starts a server on another loopback address, such as 127.0.0.2 (a second host for redirect tests). */
    public static TestServer start(String loopbackAddress) {
        try {
            return new TestServer(loopbackAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers {@code path} (exact, with the query if any) with {@code route}. */
    public TestServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** Serves an HTML page at {@code path}. */
    public TestServer page(String path, String html) {
        return route(path, request -> Reply.html(html));
    }

    /** Answers {@code path} with a status and no body. */
    public TestServer status(String path, int status) {
        return route(path, request -> Reply.status(status));
    }

    /** Answers {@code path} with a redirect to {@code location}. */
    public TestServer redirect(String path, int status, String location) {
        return route(path, request -> Reply.redirect(status, location));
    }

    /** Answers {@code path} with the n-th reply for the n-th request, and the last reply after that. */
    public TestServer sequence(String path, Reply... replies) {
        return route(path, request -> replies[Math.min(request.hit(), replies.length) - 1]);
    }

    /** The base URL, such as {@code http://127.0.0.1:41234}. */
    public String origin() {
        return "http://" + host + ":" + server.getAddress().getPort();
    }

    /** The URL of {@code path} on this server. */
    public URI uri(String path) {
        return URI.create(url(path));
    }

    /** The URL of {@code path} on this server, as text. */
    public String url(String path) {
        return origin() + path;
    }

    /** Every request received so far, in arrival order. */
    public List<Request> requests() {
        return new ArrayList<>(log);
    }

    /** The requests received for {@code path}. */
    public List<Request> requests(String path) {
        return log.stream().filter(request -> request.path().equals(path)).collect(Collectors.toList());
    }

    /** The methods of the requests received for {@code path}, in order, such as {@code [HEAD, GET]}. */
    public List<String> methods(String path) {
        return requests(path).stream().map(Request::method).collect(Collectors.toList());
    }

    /** The most requests this server was answering at the same time. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    private void serve(HttpExchange exchange) throws IOException {
        Reply reply;
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            String path = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() != null
                            ? "?" + exchange.getRequestURI().getRawQuery()
                            : "");
            Request request = new Request(
                    exchange.getRequestMethod(),
                    path,
                    lowerCased(exchange.getRequestHeaders()),
                    hits.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet(),
                    now,
                    System.nanoTime());
            log.add(request);
            Route route = routes.get(path);
            reply = route == null ? Reply.status(404) : route.answer(request);
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            // counted as answered before the bytes go out: a client that starts its next request as soon as it
            // reads this answer must not be seen as one request too many
            inFlight.decrementAndGet();
        }
        send(exchange, reply);
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.hangUp()) {
            // closing the exchange without a response drops the connection: the client sees a reset
            throw new IOException("test server hangs up on purpose");
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = reply.body();
        boolean head = exchange.getRequestMethod().equals("HEAD");
        boolean noBody = head || body.length == 0 || reply.status() == 204 || reply.status() == 304;
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static Map<String, List<String>> lowerCased(Headers headers) {
        return headers.entrySet().stream()
                .collect(Collectors.toMap(
                        entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
