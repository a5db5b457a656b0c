package dev.hydra.http;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A tiny HTTP forward proxy on loopback for tests: accepts absolute-URI requests ({@code GET http://host/path}),
 * records them, optionally demands Basic proxy credentials, and forwards each to the origin. Host names it
 * knows from {@code names} resolve to loopback ports, so a test can use a name only the proxy can reach.
 */
final class ForwardProxy implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private final Map<String, Integer> names;
    private final String requiredCredentials;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    ForwardProxy(Map<String, Integer> names, String user, String password) throws IOException {
        this.names = Map.copyOf(names);
        this.requiredCredentials = user == null
                ? null
                : "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        pool.submit(this::acceptLoop);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Request lines forwarded ({@code GET http://docs.example.test/ HTTP/1.1}), in order of arrival. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                pool.submit(() -> handle(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void handle(Socket client) {
        try (client) {
            client.setSoTimeout(10_000);
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            String[] head = readHead(in).split("\r\n");
            String[] requestLine = head[0].split(" ");
            if (requiredCredentials != null && !hasHeader(head, "proxy-authorization", requiredCredentials)) {
                out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                                + "Content-Length: 0\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                return;
            }
            requests.add(head[0]);
            URI target = URI.create(requestLine[1]);
            int port = names.getOrDefault(target.getHost(), target.getPort());
            try (Socket origin = new Socket(InetAddress.getLoopbackAddress(), port)) {
                String path = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
                origin.getOutputStream()
                        .write((requestLine[0] + " " + path + " HTTP/1.1\r\nHost: " + target.getHost()
                                        + "\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                origin.getInputStream().transferTo(out);
            }
        } catch (IOException | RuntimeException e) {
            // the client sees a closed connection
        }
    }

    private static boolean hasHeader(String[] head, String name, String value) {
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0
                    && head[i].substring(0, colon).trim().equalsIgnoreCase(name)
                    && head[i].substring(colon + 1).trim().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) != -1) {
            head.write(b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        server.close();
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
