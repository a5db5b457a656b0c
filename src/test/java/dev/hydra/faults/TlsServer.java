package dev.hydra.faults;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * An HTTPS server on 127.0.0.1 with one of the committed test keystores in {@code tls/} (made by
 * {@code make-keystores.sh}): {@code self-signed}, {@code expired} (signed by the test CA), {@code wrong-host}
 * (signed by the test CA for wrong.example.org).
 */
final class TlsServer implements AutoCloseable {

    static final char[] PASSWORD = "changeit".toCharArray();

    private final HttpsServer server;

    TlsServer(String keystore, HttpHandler handler) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = TlsServer.class.getResourceAsStream("tls/" + keystore + ".p12")) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", handler);
        server.start();
    }

    URI uri(String path) {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Answers every request with a small HTML page. */
    static HttpHandler ok() {
        return exchange -> {
            byte[] body = "<!DOCTYPE html><title>tls</title><p id=\"here\">"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        };
    }
}
