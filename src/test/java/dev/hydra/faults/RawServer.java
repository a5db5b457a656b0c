package dev.hydra.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server written on a raw {@link ServerSocket}, so that a test can misbehave at the byte level:
 * never answer, trickle, reset, lie in its headers. One daemon thread per connection; one request per connection
 * (answers say {@code Connection: close}); {@link #close()} closes every socket it opened.
 */
final class RawServer implements AutoCloseable {

    /** One request as received. */
    record Request(String method, String target, Map<String, String> headers) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Answers one request by writing raw bytes; the connection is closed afterwards. */
    @FunctionalInterface
    interface Handler {
        void handle(Request request, Socket socket, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private volatile Handler fallback = (request, socket, out) -> respond(out, 404, "text/html", "<h1>404</h1>");

    RawServer() throws IOException {
        this(InetAddress.getLoopbackAddress());
    }

    RawServer(InetAddress address) throws IOException {
        server = new ServerSocket();
        server.bind(new InetSocketAddress(address, 0), 50);
        Thread acceptor = new Thread(this::acceptLoop, "raw-server-accept-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    RawServer route(String target, Handler handler) {
        routes.put(target, handler);
        return this;
    }

    RawServer page(String target, String html) {
        return route(target, (request, socket, out) -> respond(out, 200, "text/html; charset=utf-8", html));
    }

    RawServer otherwise(Handler handler) {
        fallback = handler;
        return this;
    }

    int port() {
        return server.getLocalPort();
    }

    /** The URL of {@code target} on this server, such as {@code http://127.0.0.1:PORT/x}. */
    URI uri(String target) {
        InetAddress address = server.getInetAddress();
        String host = address instanceof java.net.Inet6Address ? "[::1]" : address.getHostAddress();
        return URI.create("http://" + host + ":" + port() + target);
    }

    List<Request> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread worker = new Thread(() -> serve(socket), "raw-server-" + port());
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            Request request = readRequest(socket.getInputStream());
            if (request == null) {
                return;
            }
            received.add(request);
            String path = request.target();
            Handler handler = routes.getOrDefault(path, fallback);
            OutputStream out = socket.getOutputStream();
            handler.handle(request, socket, out);
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client went away or the test closed the server
        } finally {
            open.remove(socket);
        }
    }

    private static Request readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        if (matched < 4) {
            return null;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] start = lines[0].split(" ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return new Request(start[0], start.length > 1 ? start[1] : "", headers);
    }

    /** Writes a complete HTTP/1.1 answer with a correct Content-Length. */
    static void respond(OutputStream out, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        respond(out, status, Map.of("Content-Type", contentType), bytes);
    }

    static void respond(OutputStream out, int status, Map<String, String> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(" X\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (!headers.containsKey("Content-Length")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    static void redirect(OutputStream out, int status, String location) throws IOException {
        respond(out, status, Map.of("Location", location), new byte[0]);
    }

    /** Holds the connection open without answering, until the test closes the server. */
    static void hang(Socket socket) throws InterruptedException {
        while (!socket.isClosed()) {
            Thread.sleep(50);
        }
    }
}
