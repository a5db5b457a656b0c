package dev.hydra.faults;

import static dev.hydra.faults.Checks.fast;
import static dev.hydra.faults.Checks.link;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hydra.http.HeaderRule;
import dev.hydra.http.HostPattern;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.site.SiteServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Hydra must never do: serve files outside the site, listen beyond loopback, read local files, leak headers. */
class SecurityTest {

    private static final String SECRET = "top secret outside the site";

    /** Sends {@code target} as the request target, byte for byte (an HTTP client would normalise it), and reads the answer. */
    private static String rawGet(int port, String target) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static Path site(Path temp) throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>home</title>");
        Files.createDirectories(site.resolve("sub"));
        Files.writeString(site.resolve("sub/page.html"), "<p>inside</p>");
        Files.writeString(temp.resolve("secret.txt"), SECRET);
        Files.createDirectories(temp.resolve("outside"));
        Files.writeString(temp.resolve("outside/secret.txt"), SECRET);
        return site;
    }

    @Test
    void siteServerServesNothingOutsideItsDirectory(@TempDir Path temp) throws IOException {
        Path site = site(temp);
        boolean links = true;
        try {
            Files.createSymbolicLink(site.resolve("link-out.txt"), temp.resolve("secret.txt"));
            Files.createSymbolicLink(site.resolve("dir-out"), temp.resolve("outside"));
            Files.createSymbolicLink(site.resolve("link-in.html"), site.resolve("sub/page.html"));
        } catch (UnsupportedOperationException | IOException e) {
            links = false; // no symbolic links on this file system: the other cases still run
        }
        try (SiteServer server = SiteServer.start(site, 2)) {
            int port = server.rootUri().getPort();
            assertTrue(rawGet(port, "/sub/page.html").startsWith("HTTP/1.1 200"), "sanity: files inside are served");
            List<String> attacks = List.of(
                    "/../secret.txt",
                    "/sub/../../secret.txt",
                    "/%2e%2e/secret.txt",
                    "/%2E%2E/secret.txt",
                    "/.%2e/secret.txt",
                    "/sub/%2e%2e/%2e%2e/secret.txt",
                    "/%2e%2e%2fsecret.txt",
                    "/sub%2f..%2f..%2fsecret.txt",
                    "/..%5csecret.txt",
                    "/..\\secret.txt",
                    "/%252e%252e/secret.txt",
                    "//../secret.txt",
                    "/" + temp.resolve("secret.txt"),
                    "/" + temp.resolve("secret.txt").toString().replace("/", "%2f"),
                    "http://127.0.0.1:" + port + "/../secret.txt",
                    "/secret.txt%00.html",
                    "/link-out.txt",
                    "/dir-out/secret.txt",
                    "/dir-out/",
                    "/sub/../../outside/secret.txt");
            for (String attack : attacks) {
                String answer = rawGet(port, attack);
                assertTrue(
                        answer.startsWith("HTTP/1.1 404") || answer.startsWith("HTTP/1.1 400"),
                        attack + " -> " + answer);
                assertFalse(answer.contains(SECRET), attack + " leaked the file");
            }
            if (links) {
                assertTrue(
                        rawGet(port, "/link-in.html").startsWith("HTTP/1.1 200"), "a link that stays inside is served");
            }
        }
    }

    @Test
    void siteServerListensOnLoopbackOnlyAndOnlyWhileOpen(@TempDir Path temp) throws IOException {
        int port;
        try (SiteServer server = SiteServer.start(site(temp), 2)) {
            assertEquals("127.0.0.1", server.rootUri().getHost());
            port = server.rootUri().getPort();
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address.getHostAddress().equals("127.0.0.1")) {
                        continue;
                    }
                    InetAddress target = address instanceof Inet6Address six && six.isLinkLocalAddress()
                            ? Inet6Address.getByAddress(null, six.getAddress(), nic)
                            : address;
                    assertThrows(
                            IOException.class,
                            () -> {
                                try (Socket socket = new Socket()) {
                                    socket.connect(new InetSocketAddress(target, port), 2000);
                                }
                            },
                            "the site server answered on " + address);
                }
            }
        }
        assertThrows(IOException.class, () -> rawGet(port, "/"), "the server still listens after the check");
    }

    @Test
    void fileLinksOnWebPagesAreReportedAndNeverOpened(@TempDir Path temp) throws Exception {
        // a named pipe: opening it for reading blocks until a writer comes, so any attempt to read it hangs the check
        Path fifo = temp.resolve("pipe.html");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");
        try (RawServer server = new RawServer()) {
            server.page(
                    "/",
                    "<a href=\"file:///etc/passwd\">p</a><a href=\"" + fifo.toUri() + "\">f</a>"
                            + "<a href=\"/to-file\">r</a>");
            server.route("/to-file", (request, socket, out) -> RawServer.redirect(out, 302, "file:///etc/passwd"));
            CheckResult result = run(fast(server.uri("/")).build(), Duration.ofSeconds(20));

            String reason =
                    "file: link on a web page: a visitor's browser cannot open it, and Hydra does not read local files";
            LinkResult passwd = link(result, "file:///etc/passwd");
            assertEquals(Verdict.BROKEN, passwd.verdict());
            assertEquals(reason, passwd.reason());
            LinkResult pipe = link(result, "file://" + fifo);
            assertEquals(Verdict.BROKEN, pipe.verdict());
            assertEquals(reason, pipe.reason());
            LinkResult redirected = link(result, server.uri("/to-file"));
            assertEquals(Verdict.BROKEN, redirected.verdict());
            assertEquals("302 redirect to an invalid URL: file:///etc/passwd", redirected.reason());
        }
    }

    /**
     * The JDK client hands one Authenticator both proxy and server challenges: a crawled site answering 401 must
     * not receive the proxy password, however the authenticator given to Hydra was written.
     */
    @Test
    void proxyCredentialsAreNeverSentToACrawledSite() throws IOException {
        try (RawServer server = new RawServer()) {
            server.page("/", "<a href=\"/members\">m</a>");
            server.route(
                    "/members",
                    (request, socket, out) -> RawServer.respond(
                            out,
                            401,
                            java.util.Map.of(
                                    "WWW-Authenticate", "Basic realm=\"members\"", "Content-Type", "text/html"),
                            "<p>log in</p>".getBytes(StandardCharsets.US_ASCII)));
            java.net.Authenticator careless = new java.net.Authenticator() {
                @Override
                protected java.net.PasswordAuthentication getPasswordAuthentication() {
                    return new java.net.PasswordAuthentication("proxy-user", "proxy-password".toCharArray());
                }
            };
            CheckResult result =
                    run(fast(server.uri("/")).proxyAuthenticator(careless).build(), Duration.ofSeconds(20));

            LinkResult members = link(result, server.uri("/members"));
            // with an authenticator set, the JDK client turns a 401 it may not answer into an IOException
            assertEquals(Verdict.BROKEN, members.verdict());
            assertTrue(
                    members.status() == 401 || members.reason().equals("connection failed: No credentials provided"),
                    members.reason());
            for (RawServer.Request request : server.received()) {
                assertNull(request.header("Authorization"), "credentials sent to " + request.target());
            }
        }
    }

    @Test
    void customHeadersGoOnlyToTheirHostAlsoAcrossRedirects() throws IOException {
        InetAddress otherLoopback = InetAddress.getByName("127.0.0.2");
        RawServer other;
        try {
            other = new RawServer(otherLoopback);
        } catch (IOException e) {
            assumeTrue(false, "127.0.0.2 is not a usable loopback address here: " + e);
            return;
        }
        try (RawServer server = new RawServer();
                other) {
            other.route(
                    "/landing", (request, socket, out) -> RawServer.respond(out, 200, "text/html", "<p>landed</p>"));
            other.route(
                    "/back",
                    (request, socket, out) ->
                            RawServer.redirect(out, 302, server.uri("/plain").toString()));
            server.page("/", "<a href=\"/away\">a</a><a href=\"" + other.uri("/back") + "\">b</a>");
            server.route(
                    "/away",
                    (request, socket, out) ->
                            RawServer.redirect(out, 302, other.uri("/landing").toString()));
            server.page("/plain", "<p>plain</p>");
            CheckResult result = run(
                    fast(server.uri("/"))
                            .checkPrivateAddresses(true)
                            .header(new HeaderRule(new HostPattern("127.0.0.1"), "X-Token", "for-one-only"))
                            .header(new HeaderRule(new HostPattern("127.0.0.2"), "X-Other", "for-two-only"))
                            .build(),
                    Duration.ofSeconds(20));

            assertEquals(Verdict.OK, link(result, server.uri("/away")).verdict());
            assertEquals(Verdict.OK, link(result, other.uri("/back")).verdict());
            for (RawServer.Request request : server.received()) {
                assertEquals("for-one-only", request.header("X-Token"), request.target());
                assertNull(request.header("X-Other"), request.target());
            }
            assertFalse(other.received().isEmpty());
            for (RawServer.Request request : other.received()) {
                assertNull(request.header("X-Token"), "header for 127.0.0.1 sent to 127.0.0.2 " + request.target());
                assertEquals("for-two-only", request.header("X-Other"), request.target());
            }
        }
    }
}
