package dev.hydra.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a site directory on 127.0.0.1 at a free port for the length of a check, as a plain static host
 * would: {@code index.html} for a directory, a 301 that adds a missing trailing slash, 404 for what is not
 * there. It serves only files under the directory: {@code ..}, encoded dots and slashes, and symbolic links
 * that lead outside all get 404.
 */
public final class SiteServer implements AutoCloseable {

    private final Path root;
    private final HttpServer server;
    private final ThreadPoolExecutor executor;

    private SiteServer(Path root, HttpServer server, ThreadPoolExecutor executor) {
        this.root = root;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving {@code directory}.
     *
     * @throws IOException when the directory cannot be read or no port is free
     */
    public static SiteServer start(Path directory, int threads) throws IOException {
        // Without TCP_NODELAY, small responses wait ~40 ms for delayed ACKs: 10x slower on loopback.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        Path root = directory.toRealPath();
        if (!Files.isDirectory(root)) {
            throw new IOException(directory + " is not a directory");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "hydra-site-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        SiteServer site = new SiteServer(root, server, executor);
        server.createContext("/", site::handle);
        server.setExecutor(executor);
        server.start();
        return site;
    }

    /** The root URL, such as {@code http://127.0.0.1:41234/}. */
    public URI rootUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** The origin, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, head);
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            Path file = resolve(rawPath);
            if (file == null) {
                send(exchange, 404, head);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    String query = exchange.getRequestURI().getRawQuery();
                    exchange.getResponseHeaders().set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
                    send(exchange, 301, head);
                    return;
                }
                file = file.resolve("index.html");
                if (!isServable(file)) {
                    send(exchange, 404, head);
                    return;
                }
            }
            exchange.getResponseHeaders().set("Content-Type", ContentTypeMap.of(file.getFileName().toString()));
            long size = Files.size(file);
            if (head) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(file, body);
            }
        }
    }

    /** The file a request path names inside the root, or null when it names nothing servable. */
    private Path resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.contains("\\")) {
            return null; // encoded separators: no static host maps these onto directories
        }
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Path candidate = root;
        for (String segment : decoded.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals("..") || segment.equals(".") || segment.indexOf(':') >= 0) {
                return null;
            }
            candidate = candidate.resolve(segment);
        }
        return isServable(candidate) ? candidate : null;
    }

    private boolean isServable(Path candidate) {
        if (!Files.exists(candidate)) {
            return false;
        }
        try {
            return candidate.toRealPath().startsWith(root) && Files.isReadable(candidate);
        } catch (IOException e) {
            return false;
        }
    }

    private static void send(HttpExchange exchange, int status, boolean head) throws IOException {
        byte[] body = head ? new byte[0] : ("<!DOCTYPE html><title>" + status + "</title><h1>" + status + "</h1>")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
