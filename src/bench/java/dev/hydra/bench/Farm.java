package dev.hydra.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A simulated internet on loopback (a port of the shared linkfarm's farm-server.js): host N is 127.0.1.N on one
 * port, so per-host limits in a checker see distinct hosts; every answer waits the latency before it is sent.
 *
 * <pre>
 *   /ok/ID 200 page with ids a1..a5      /dead/ID 404        /gone/ID 410          /error/ID 500 always
 *   /flaky/ID 503 first, 200 after       /ratelimit/ID 429 + Retry-After: 1 first, 200 after
 *   /redirect/N/ID N 301s to /ok/ID      /redirect-dead/ID 302 to /dead/ID        /loop/ID 302 to itself
 *   /nohead/ID 405 to HEAD, 200 to GET   /slow/MS/ID 200 after MS more           /hang/ID never answers
 *   /reset/ID closes without answer      /big/KB/ID 200 with KB kilobytes
 * </pre>
 *
 * A host listed in {@code --strict} answers 429 whenever more than {@code --strict-limit} requests to it are in
 * flight. With {@code --site DIR} the directory is served on 127.0.0.1:{@code --site-port} without latency.
 * Counters: {@code GET http://127.0.0.1:CONTROL/stats}; {@code /reset} zeroes them and the first-hit memory;
 * {@code /trace} lists every request since (milliseconds, method, host and path, in flight).
 *
 * <p>Usage: {@code Farm [--hosts 20] [--port 28080] [--control 28079] [--latency 50] [--spread 0] [--strict N]
 * [--strict-limit 4] [--site DIR] [--site-port 28090]}
 */
public final class Farm {

    private static final Map<String, String> TYPES = Map.of(
            ".html",
            "text/html; charset=utf-8",
            ".css",
            "text/css",
            ".js",
            "text/javascript",
            ".png",
            "image/png",
            ".json",
            "application/json",
            ".txt",
            "text/plain");

    private final FarmStats stats = new FarmStats();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(4, daemon("farm-timer"));
    private final int latency;
    private final int spread;
    private final Set<Integer> strict = new HashSet<>();
    private final int strictLimit;

    private Farm(int latency, int spread, String strictHosts, int strictLimit) {
        this.latency = latency;
        this.spread = spread;
        for (String host : strictHosts.split(",")) {
            if (!host.isBlank()) {
                strict.add(Integer.parseInt(host.trim()));
            }
        }
        this.strictLimit = strictLimit;
    }

    public static void main(String[] args) {
        // Without TCP_NODELAY, an answer written in two parts (headers, then body) waits for a delayed ACK: up to
        // 40 ms more on loopback, on top of the simulated latency. Real servers (and the linkfarm's Node.js farm)
        // send at once.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            start(new Args(args));
        } catch (IOException | RuntimeException e) {
            // servers already started would keep the process alive; a half-started farm must not linger
            System.err.println("farm: cannot start: " + e);
            System.exit(1);
        }
    }

    private static void start(Args a) throws IOException {
        Farm farm = new Farm(
                a.integer("latency", 50), a.integer("spread", 0), a.text("strict", ""), a.integer("strict-limit", 4));
        int hosts = a.integer("hosts", 20);
        int port = a.integer("port", 28080);
        for (int i = 1; i <= hosts; i++) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.1." + i, port), 1024);
            int host = i;
            server.createContext("/", exchange -> farm.answer(host, exchange));
            server.start();
        }
        int control = a.integer("control", 28079);
        HttpServer controlServer = HttpServer.create(new InetSocketAddress("127.0.0.1", control), 64);
        controlServer.createContext("/", farm::control);
        controlServer.start();
        if (a.flag("site")) {
            Path site = Path.of(a.text("site", ".")).toAbsolutePath().normalize();
            HttpServer siteServer =
                    HttpServer.create(new InetSocketAddress("127.0.0.1", a.integer("site-port", 28090)), 1024);
            siteServer.createContext("/", exchange -> farm.serveFile(site, exchange));
            siteServer.setExecutor(Executors.newFixedThreadPool(4, daemon("farm-site")));
            siteServer.start();
        }
        System.out.println("farm: " + hosts + " hosts 127.0.1.1-127.0.1." + hosts + ":" + port + ", latency "
                + farm.latency + "ms, control 127.0.0.1:" + control);
    }

    private void answer(int host, HttpExchange exchange) {
        String name = "h" + host;
        String path = exchange.getRequestURI().getRawPath();
        String[] parts = path.replaceAll("^/+", "").split("/");
        String kind = parts[0].isEmpty() ? "root" : parts[0];
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        FarmStats.Arrival arrival =
                stats.arrive(name, exchange.getRequestMethod(), kind, host + path, strict.contains(host), strictLimit);
        long delay = latency + (long) spread * host;
        if (arrival.strictHit()) {
            send(exchange, name, 429, "Retry-After", "1", "slow down", delay);
            return;
        }
        String id = parts[parts.length - 1];
        switch (kind) {
            case "ok" -> send(exchange, name, 200, null, null, page(id, ""), delay);
            case "dead" -> send(exchange, name, 404, null, null, "not found", delay);
            case "gone" -> send(exchange, name, 410, null, null, "gone", delay);
            case "error" -> send(exchange, name, 500, null, null, "error", delay);
            case "flaky" -> send(exchange, name, arrival.first() ? 503 : 200, null, null, page(id, ""), delay);
            case "ratelimit" -> {
                if (arrival.first()) {
                    send(exchange, name, 429, "Retry-After", "1", "slow down", delay);
                } else {
                    send(exchange, name, 200, null, null, page(id, ""), delay);
                }
            }
            case "redirect" -> {
                int n = parts.length > 2 ? Integer.parseInt(parts[1]) : 0;
                send(
                        exchange,
                        name,
                        301,
                        "Location",
                        n <= 1 ? "/ok/" + id : "/redirect/" + (n - 1) + "/" + id,
                        "",
                        delay);
            }
            case "redirect-dead" -> send(exchange, name, 302, "Location", "/dead/" + id, "", delay);
            case "loop" -> send(exchange, name, 302, "Location", path, "", delay);
            case "nohead" -> send(exchange, name, head ? 405 : 200, head ? "Allow" : null, "GET", page(id, ""), delay);
            case "slow" ->
                send(
                        exchange,
                        name,
                        200,
                        null,
                        null,
                        page(id, ""),
                        delay + (parts.length > 2 ? Integer.parseInt(parts[1]) : 0));
            case "hang" -> {} // never answer
            case "reset" -> {
                stats.answering(name, delay);
                timer.schedule(
                        () -> {
                            exchange.close(); // closing before any header was sent drops the connection without an
                            // answer
                            stats.leave(name);
                        },
                        delay,
                        TimeUnit.MILLISECONDS);
            }
            case "big" -> {
                int kb = Math.min(parts.length > 2 ? Integer.parseInt(parts[1]) : 1, 100 * 1024);
                send(exchange, name, 200, null, null, page(id, "<p>" + "x".repeat(kb * 1024) + "</p>"), delay);
            }
            default -> send(exchange, name, 404, null, null, "unknown", delay);
        }
    }

    private void send(
            HttpExchange exchange, String host, int status, String header, String value, String body, long delay) {
        stats.answering(host, delay);
        timer.schedule(
                () -> {
                    try (exchange) {
                        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                        if (header != null) {
                            exchange.getResponseHeaders().set(header, value);
                        }
                        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                        boolean empty = bytes.length == 0 || "HEAD".equals(exchange.getRequestMethod());
                        exchange.sendResponseHeaders(status, empty ? -1 : bytes.length);
                        if (!empty) {
                            try (OutputStream out = exchange.getResponseBody()) {
                                out.write(bytes);
                            }
                        }
                    } catch (IOException e) {
                        // the checker hung up first: nothing to answer
                    } finally {
                        stats.leave(host);
                    }
                },
                delay,
                TimeUnit.MILLISECONDS);
    }

    private static String page(String id, String extra) {
        return "<!DOCTYPE html><html><head><title>" + id + "</title></head><body><h1 id=\"a1\">" + id
                + "</h1><p id=\"a2\">text</p><div id=\"a3\"></div><a name=\"a4\"></a><span id=\"a5\"></span>" + extra
                + "</body></html>";
    }

    private void control(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().startsWith("/reset")) {
            stats.reset();
        }
        boolean trace = exchange.getRequestURI().getPath().startsWith("/trace");
        byte[] json = (trace ? stats.trace() : stats.toJson()).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", trace ? "text/tab-separated-values" : "application/json");
        exchange.sendResponseHeaders(200, json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }

    /** A plain static server: index.html for directories, a 301 to add a missing slash, 404 otherwise. */
    private void serveFile(Path site, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            stats.siteRequest(path);
            Path file = site.resolve(path.replaceAll("^/+", "")).normalize();
            if (!file.startsWith(site)) {
                exchange.sendResponseHeaders(403, -1);
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders()
                            .set("Location", exchange.getRequestURI().getRawPath() + "/");
                    exchange.sendResponseHeaders(301, -1);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                exchange.getResponseHeaders().set("Content-Type", "text/html");
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] data = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            exchange.getResponseHeaders()
                    .set(
                            "Content-Type",
                            TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot), "application/octet-stream"));
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(200, head ? -1 : data.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(data);
                }
            }
        } catch (IllegalArgumentException e) {
            exchange.sendResponseHeaders(400, -1);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
