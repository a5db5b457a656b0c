package dev.hydra.site;

import dev.hydra.concurrent.DaemonThreads;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Serves a site on 127.0.0.1 at a free port for the length of a check, as a plain static host would: what
 * {@link StaticSite} answers, with a 301 that adds a missing trailing slash and 404 for what is not there.
 *
 * <p>It speaks just enough HTTP/1.1 for GET and HEAD over kept-alive connections. Not the JDK's
 * {@code com.sun.net.httpserver}: on Java 17 that server writes a response's headers and its body in two writes, and
 * without TCP_NODELAY (a JVM-wide system property there, which a Maven plugin must not set) the body then waits about
 * 40 ms for the client's delayed ACK of the headers. Here each socket gets TCP_NODELAY for itself, and a response of
 * up to {@value #ONE_WRITE_LIMIT} bytes goes out in one write.
 */
public final class SiteServer implements AutoCloseable {

    /** Responses up to this size (headers and body) are written at once. */
    private static final int ONE_WRITE_LIMIT = 256 * 1024;
    /** The most a request line and its headers may take. */
    private static final int MAX_REQUEST_HEAD = 16 * 1024;
    /** A kept-alive connection idle this long is closed. */
    private static final int IDLE_MILLIS = 30_000;
    /** Connections served at once, each on its own thread: the crawl uses maxConnectionsPerHost of them. */
    private static final int MAX_CONNECTIONS = 64;

    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final StaticSite site;
    private final ServerSocket socket;
    private final ThreadPoolExecutor executor;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    private SiteServer(StaticSite site, ServerSocket socket, ThreadPoolExecutor executor) {
        this.site = site;
        this.socket = socket;
        this.executor = executor;
        this.acceptor = new Thread(this::acceptLoop, "hydra-site-accept");
        this.acceptor.setDaemon(true);
    }

    /**
     * Starts serving {@code directory} at {@code /}.
     *
     * @throws IOException when the directory cannot be read or no port is free
     */
    public static SiteServer start(Path directory, int threads) throws IOException {
        return start(StaticSite.of(directory), threads);
    }

    /**
     * Starts serving a site.
     *
     * @param threads the threads kept ready to serve connections (more are started, up to a bound, while more
     *     connections are open)
     * @throws IOException when no port is free
     */
    public static SiteServer start(StaticSite site, int threads) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
        ThreadPoolExecutor executor = new ThreadPoolExecutor(
                Math.min(threads, MAX_CONNECTIONS),
                MAX_CONNECTIONS,
                30,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                DaemonThreads.named("hydra-site"));
        SiteServer server = new SiteServer(site, socket, executor);
        server.acceptor.start();
        return server;
    }

    /** The root URL, such as {@code http://127.0.0.1:41234/}. */
    public URI rootUri() {
        return URI.create(origin() + "/");
    }

    /** The origin, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String origin() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** Stops listening (the port refuses connections once this returns) and ends the connections open. */
    @Override
    public void close() {
        closed = true;
        closeQuietly(socket);
        try {
            // a thread blocked in accept() holds the listening socket open until it leaves accept(): wait for it
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Socket connection : connections) {
            closeQuietly(connection);
        }
        executor.shutdownNow();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket connection;
            try {
                connection = socket.accept();
            } catch (IOException e) {
                if (closed || socket.isClosed()) {
                    return;
                }
                continue; // one failed accept (the client gave up): keep serving
            }
            connections.add(connection);
            if (closed) {
                closeQuietly(connection);
                return;
            }
            try {
                executor.execute(() -> serve(connection));
            } catch (RejectedExecutionException e) {
                connections.remove(connection);
                closeQuietly(connection); // too many at once, or closing: the client sees a dropped connection
            }
        }
    }

    /** Answers the requests of one connection in turn until it closes, idles out or asks for no more. */
    private void serve(Socket connection) {
        try (connection) {
            connection.setTcpNoDelay(true);
            connection.setSoTimeout(IDLE_MILLIS);
            InputStream in = new BufferedInputStream(connection.getInputStream(), 8192);
            OutputStream out = connection.getOutputStream();
            while (!closed) {
                Request request = Request.read(in);
                if (request == null) {
                    return; // the client closed the connection
                }
                if (!respond(request, out) || !request.keepAlive()) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away, or the connection idled out
        } finally {
            connections.remove(connection);
        }
    }

    /** Writes the answer to one request; false when the connection must close after it. */
    private boolean respond(Request request, OutputStream out) throws IOException {
        if (request.error() != 0) {
            send(out, request.error(), false, null, false);
            return false;
        }
        boolean head = request.method().equals("HEAD");
        boolean keepAlive = request.keepAlive() && !request.hasBody(); // a body is not read: end the connection instead
        if (!head && !request.method().equals("GET")) {
            send(out, 405, false, "Allow: GET, HEAD\r\n", keepAlive);
            return keepAlive;
        }
        String rawPath = request.rawPath();
        StaticSite.Answer answer = site.answer(rawPath);
        if (answer instanceof StaticSite.AddSlash addSlash) {
            send(
                    out,
                    addSlash.status(),
                    head,
                    "Location: " + addSlash.location(rawPath, request.rawQuery()) + "\r\n",
                    keepAlive);
            return keepAlive;
        }
        if (!(answer instanceof StaticSite.Found found)) {
            send(out, answer.status(), head, null, keepAlive);
            return keepAlive;
        }
        Path file = found.file();
        long size = found.size();
        byte[] headers = headers(found.status(), found.contentType(), size, null, keepAlive);
        if (head) {
            out.write(headers);
        } else if (size <= ONE_WRITE_LIMIT - headers.length) {
            byte[] body;
            try {
                body = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                send(out, 404, false, null, keepAlive); // gone since it was found
                return keepAlive;
            }
            if (body.length != size) {
                return false; // the file changed under us: the length sent would be wrong
            }
            byte[] response = Arrays.copyOf(headers, headers.length + body.length);
            System.arraycopy(body, 0, response, headers.length, body.length);
            out.write(response);
        } else {
            InputStream body;
            try {
                body = Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                send(out, 404, false, null, keepAlive);
                return keepAlive;
            }
            try (body) {
                out.write(headers);
                if (body.transferTo(out) != size) {
                    return false;
                }
            }
        }
        out.flush();
        return keepAlive;
    }

    private static void send(OutputStream out, int status, boolean head, String extraHeaders, boolean keepAlive)
            throws IOException {
        byte[] body = ("<!DOCTYPE html><title>" + status + "</title><h1>" + status + "</h1>")
                .getBytes(StandardCharsets.UTF_8);
        byte[] headers = headers(status, "text/html; charset=utf-8", body.length, extraHeaders, keepAlive);
        if (head) {
            out.write(headers);
        } else {
            byte[] response = Arrays.copyOf(headers, headers.length + body.length);
            System.arraycopy(body, 0, response, headers.length, body.length);
            out.write(response);
        }
        out.flush();
    }

    private static byte[] headers(int status, String contentType, long length, String extraHeaders, boolean keepAlive) {
        return ("HTTP/1.1 " + status + " " + reason(status) + "\r\n"
                        + "Date: " + DATE.format(Instant.now()) + "\r\n"
                        + "Content-Type: " + contentType + "\r\n"
                        + "Content-Length: " + length + "\r\n"
                        + (extraHeaders == null ? "" : extraHeaders)
                        + (keepAlive ? "" : "Connection: close\r\n")
                        + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 301 -> "Moved Permanently";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 431 -> "Request Header Fields Too Large";
            default -> "Error";
        };
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // closing: nothing to do
        }
    }

    /**
     * One request's head: the request line and the headers that matter here.
     *
     * @param error a status to answer at once (400, 431) because the head could not be read, else 0
     */
    private record Request(
            String method, String rawPath, String rawQuery, boolean keepAlive, boolean hasBody, int error) {

        static Request failed(int status) {
            return new Request("", "/", null, false, false, status);
        }

        /** The next request on the connection, or null when the client closed it before sending one. */
        static Request read(InputStream in) throws IOException {
            int[] budget = {MAX_REQUEST_HEAD};
            String line = readLine(in, budget);
            while (line != null && line.isEmpty()) {
                line = readLine(in, budget); // a stray CRLF between requests is allowed (RFC 9112, 2.2)
            }
            if (line == null) {
                return budget[0] < 0 ? failed(431) : null;
            }
            String[] parts = line.split(" ");
            if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
                return failed(400);
            }
            boolean http10 = parts[2].equals("HTTP/1.0");
            String connection = "";
            boolean hasBody = false;
            for (String header = readLine(in, budget); ; header = readLine(in, budget)) {
                if (header == null) {
                    return failed(budget[0] < 0 ? 431 : 400);
                }
                if (header.isEmpty()) {
                    break;
                }
                int colon = header.indexOf(':');
                if (colon <= 0) {
                    return failed(400);
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                if (name.equals("connection")) {
                    connection = value;
                } else if (name.equals("transfer-encoding") || (name.equals("content-length") && !value.equals("0"))) {
                    hasBody = true;
                }
            }
            boolean keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
            String target = parts[1];
            String pathAndQuery;
            if (target.startsWith("/")) {
                pathAndQuery = target;
            } else if (target.regionMatches(true, 0, "http://", 0, 7)) {
                int slash = target.indexOf('/', 7);
                pathAndQuery = slash < 0 ? "/" : target.substring(slash);
            } else {
                return failed(400);
            }
            int hash = pathAndQuery.indexOf('#');
            if (hash >= 0) {
                pathAndQuery = pathAndQuery.substring(0, hash);
            }
            int question = pathAndQuery.indexOf('?');
            String rawPath = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
            String rawQuery = question < 0 ? null : pathAndQuery.substring(question + 1);
            return new Request(parts[0], rawPath, rawQuery, keepAlive, hasBody, 0);
        }

        /** A line without its CRLF (or LF), or null at the end of the stream or beyond the budget. */
        private static String readLine(InputStream in, int[] budget) throws IOException {
            StringBuilder line = new StringBuilder(64);
            int c;
            while ((c = in.read()) >= 0) {
                if (--budget[0] < 0) {
                    return null;
                }
                if (c == '\n') {
                    int length = line.length();
                    return length > 0 && line.charAt(length - 1) == '\r'
                            ? line.substring(0, length - 1)
                            : line.toString();
                }
                line.append((char) c);
            }
            return null;
        }
    }
}
