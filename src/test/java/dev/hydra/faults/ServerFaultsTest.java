package dev.hydra.faults;

import static dev.hydra.faults.Checks.fast;
import static dev.hydra.faults.Checks.link;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Servers that misbehave on the wire: each link gets a verdict with a reason, and the run ends in bounded time. */
class ServerFaultsTest {

    private RawServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RawServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    /** A start page at {@code /} linking to {@code hrefs}. */
    private URI startLinking(String... hrefs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><title>start</title>");
        for (String href : hrefs) {
            html.append("<a href=\"").append(href).append("\">x</a>\n");
        }
        server.page("/", html.toString());
        return server.uri("/");
    }

    @Test
    void serverThatAcceptsAndNeverAnswersTimesOut() {
        server.route("/silent", (request, socket, out) -> RawServer.hang(socket));
        CheckResult result =
                run(fast(startLinking("/silent")).timeout(Duration.ofSeconds(1)).build(), Duration.ofSeconds(20));

        LinkResult silent = link(result, server.uri("/silent"));
        assertEquals(Verdict.BROKEN, silent.verdict());
        assertEquals("timed out after 1 s", silent.reason());
    }

    @Test
    void headersThenSilenceTimesOutToo() {
        server.route("/stalls", (request, socket, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000\r\n\r\n<html>"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            RawServer.hang(socket);
        });
        CheckResult result =
                run(fast(startLinking("/stalls")).timeout(Duration.ofSeconds(1)).build(), Duration.ofSeconds(20));

        LinkResult stalls = link(result, server.uri("/stalls"));
        assertEquals(Verdict.BROKEN, stalls.verdict());
        assertEquals("timed out after 1 s", stalls.reason());
    }

    @Test
    void bodyAtOneBytePerSecondIsCutByTheDeadlineOnTheWholeRequest() {
        List<Long> written = new ArrayList<>();
        server.route("/trickle", (request, socket, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 600\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            long sent = 0;
            try {
                for (int i = 0; i < 600; i++) {
                    out.write('x');
                    out.flush();
                    sent++;
                    Thread.sleep(1000);
                }
            } finally {
                synchronized (written) {
                    written.add(sent);
                }
            }
        });
        long started = System.nanoTime();
        CheckResult result = run(
                fast(startLinking("/trickle")).timeout(Duration.ofSeconds(2)).build(), Duration.ofSeconds(20));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        LinkResult trickle = link(result, server.uri("/trickle"));
        assertEquals(Verdict.BROKEN, trickle.verdict());
        assertEquals("timed out after 2 s", trickle.reason());
        assertTrue(seconds < 15, "a 10-minute body must be cut near the 2 s deadline, took " + seconds + " s");
    }

    /**
     * After the deadline the connection itself is closed, while the client lives on (as it does during a long
     * check): on Java 17 cancelling the response future alone would leave the body trickling in.
     */
    @Test
    void deadlineClosesTheTricklingConnection() throws Exception {
        java.util.concurrent.CompletableFuture<Long> written = new java.util.concurrent.CompletableFuture<>();
        server.route("/trickle", (request, socket, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 600\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            long sent = 0;
            try {
                for (int i = 0; i < 600; i++) {
                    out.write('x');
                    out.flush();
                    sent++;
                    Thread.sleep(100);
                }
            } finally {
                written.complete(sent);
            }
        });
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        try (dev.hydra.http.JdkFetcher fetcher = new dev.hydra.http.JdkFetcher(
                new dev.hydra.http.HttpSettings(
                        Duration.ofSeconds(1), "test", List.of(), 1 << 20, List.of(), null, null),
                pool,
                timer)) {
            dev.hydra.http.FetchOutcome outcome = fetcher.fetch(
                            dev.hydra.http.FetchRequest.get(server.uri("/trickle"), true))
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals("timed out after 1 s", ((dev.hydra.http.FetchOutcome.Failure) outcome).reason());

            // the server's writes fail soon after the deadline: the socket was closed, not left to trickle for a minute
            long sent = written.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(sent < 50, "bytes written before the close: " + sent);
        } finally {
            pool.shutdownNow();
            timer.shutdownNow();
        }
    }

    @Test
    void resetInTheMiddleOfTheBodyIsBroken() {
        server.route("/reset", (request, socket, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.write("<html><body>".repeat(100).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoLinger(true, 0); // close with RST
            socket.close();
        });
        CheckResult result = run(fast(startLinking("/reset")).build(), Duration.ofSeconds(20));

        LinkResult reset = link(result, server.uri("/reset"));
        assertEquals(Verdict.BROKEN, reset.verdict());
        assertTrue(
                reset.reason().equals("connection reset")
                        || reset.reason().equals("connection closed without a complete response"),
                reset.reason());
    }

    @Test
    void bodyShorterThanItsContentLengthIsBroken() {
        server.route("/short", (request, socket, out) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html>only this"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.shutdownOutput(); // a clean FIN, 4985 bytes early
        });
        CheckResult result = run(fast(startLinking("/short")).build(), Duration.ofSeconds(20));

        LinkResult lying = link(result, server.uri("/short"));
        assertEquals(Verdict.BROKEN, lying.verdict());
        assertEquals("connection closed without a complete response", lying.reason());
    }

    @Test
    void bodyLongerThanItsContentLengthIsReadUpToTheLength() {
        server.route("/long", (request, socket, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 30\r\nConnection: close\r\n\r\n"
                            + "<p id=\"early\">012345678901234 and then <p id=\"late\">")
                    .getBytes(StandardCharsets.US_ASCII));
        });
        CheckResult result = run(fast(startLinking("/long#early", "/long#late")).build(), Duration.ofSeconds(20));

        assertEquals(Verdict.OK, link(result, server.uri("/long#early")).verdict());
        LinkResult late = link(result, server.uri("/long#late"));
        assertEquals(Verdict.BROKEN, late.verdict(), "bytes past Content-Length are not part of the page");
        assertEquals("anchor #late not found on the page", late.reason());
    }

    @Test
    void http10ServerWithoutContentLengthIsReadToTheEnd() {
        server.route("/old", (request, socket, out) -> {
            out.write(("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n<html><h1 id=\"here\">old</h1>"
                            + "<a href=\"/old-missing\">gone</a>")
                    .getBytes(StandardCharsets.US_ASCII));
        });
        CheckResult result = run(fast(startLinking("/old#here")).build(), Duration.ofSeconds(20));

        assertEquals(Verdict.OK, link(result, server.uri("/old#here")).verdict());
        LinkResult missing = link(result, server.uri("/old-missing"));
        assertEquals(Verdict.BROKEN, missing.verdict(), "links on an HTTP/1.0 page are followed");
        assertEquals(404, missing.status());
    }

    @Test
    void contentLengthThatIsNotANumberIsAMalformedResponse() {
        server.route(
                "/twelve",
                (request, socket, out) -> out.write(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: twelve\r\n\r\n<html>hello</html>"
                                .getBytes(StandardCharsets.US_ASCII)));
        CheckResult result = run(fast(startLinking("/twelve")).build(), Duration.ofSeconds(20));

        LinkResult twelve = link(result, server.uri("/twelve"));
        assertEquals(Verdict.BROKEN, twelve.verdict());
        assertEquals("malformed response: Content-Length \"twelve\" is not a number", twelve.reason());
    }

    @Test
    void chunkSizeThatIsNotHexadecimalIsAMalformedResponse() {
        server.route(
                "/chunks",
                (request, socket, out) -> out.write(
                        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n<html>\r\n0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII)));
        CheckResult result = run(fast(startLinking("/chunks")).build(), Duration.ofSeconds(20));

        LinkResult chunks = link(result, server.uri("/chunks"));
        assertEquals(Verdict.BROKEN, chunks.verdict());
        assertTrue(
                chunks.reason().startsWith("connection failed: ")
                        && chunks.reason().contains("chunk size"),
                chunks.reason());
    }

    @Test
    void pageWithoutContentTypeIsOkButNotParsed() {
        server.route(
                "/untyped",
                (request, socket, out) -> RawServer.respond(
                        out,
                        200,
                        Map.of(),
                        "<html><a href=\"/from-untyped\">x</a>".getBytes(StandardCharsets.US_ASCII)));
        CheckResult result = run(fast(startLinking("/untyped")).build(), Duration.ofSeconds(20));

        LinkResult untyped = link(result, server.uri("/untyped"));
        assertEquals(Verdict.OK, untyped.verdict());
        assertEquals("200 OK", untyped.reason());
        assertTrue(
                result.links().stream().noneMatch(l -> l.url().endsWith("/from-untyped")),
                "a body without Content-Type is not taken for HTML");
    }

    @Test
    void binaryLabelledHtmlIsParsedWithoutHarm() {
        byte[] noise = new byte[200_000];
        new java.util.Random(42).nextBytes(noise);
        server.route(
                "/noise",
                (request, socket, out) -> RawServer.respond(out, 200, Map.of("Content-Type", "text/html"), noise));
        server.route(
                "/png-that-is-html",
                (request, socket, out) -> RawServer.respond(
                        out,
                        200,
                        Map.of("Content-Type", "image/png"),
                        "<html><a href=\"/never-seen\">x</a>".getBytes(StandardCharsets.US_ASCII)));
        CheckResult result =
                run(fast(startLinking("/noise", "/png-that-is-html")).build(), Duration.ofSeconds(30));

        assertEquals(Verdict.OK, link(result, server.uri("/noise")).verdict());
        assertEquals(Verdict.OK, link(result, server.uri("/png-that-is-html")).verdict());
        assertTrue(result.links().stream().noneMatch(l -> l.url().endsWith("/never-seen")));
    }

    @Test
    void somethingThatIsNotHttpIsBroken() {
        server.route(
                "/ssh",
                (request, socket, out) -> out.write("SSH-2.0-OpenSSH_9.2\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
        CheckResult result = run(fast(startLinking("/ssh")).build(), Duration.ofSeconds(20));

        LinkResult ssh = link(result, server.uri("/ssh"));
        assertEquals(Verdict.BROKEN, ssh.verdict());
        assertTrue(ssh.reason().startsWith("connection failed: "), ssh.reason());
    }

    @Test
    void endlessHeadersEndAtTheDeadline() {
        server.route("/headers", (request, socket, out) -> {
            out.write("HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 100_000 && !socket.isClosed(); i++) {
                out.write(("X-Filler-" + i + ": " + "y".repeat(100) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(10);
            }
        });
        CheckResult result = run(
                fast(startLinking("/headers")).timeout(Duration.ofSeconds(1)).build(), Duration.ofSeconds(20));

        LinkResult headers = link(result, server.uri("/headers"));
        assertEquals(Verdict.BROKEN, headers.verdict());
        assertTrue(
                headers.reason().equals("timed out after 1 s")
                        || headers.reason().startsWith("connection failed: "),
                headers.reason());
    }

    @Test
    void unknownHostIsBrokenQuickly() {
        CheckResult result =
                run(fast(startLinking("http://nonexistent.invalid/")).build(), Duration.ofSeconds(30));

        LinkResult unknown = link(result, "http://nonexistent.invalid/");
        assertEquals(Verdict.BROKEN, unknown.verdict());
        assertEquals("unknown host nonexistent.invalid", unknown.reason());
    }

    @Test
    void refusedConnectionIsBroken() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/";
        CheckResult result = run(fast(startLinking(url)).build(), Duration.ofSeconds(20));

        LinkResult refused = link(result, url);
        assertEquals(Verdict.BROKEN, refused.verdict());
        assertEquals("connection refused", refused.reason());
    }

    /**
     * A listening socket whose accept queue is full and never drained: Linux drops further SYNs, so the
     * connection attempt hangs like one to a host that does not answer, and the connect timeout ends it.
     */
    @Test
    void connectTimeoutOnAFullBacklog() throws IOException {
        try (ServerSocket full = new ServerSocket()) {
            full.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket filler = new Socket();
                    try {
                        filler.connect(full.getLocalSocketAddress(), 300);
                        fillers.add(filler);
                    } catch (IOException e) {
                        filler.close();
                        break; // the queue is full: this SYN was dropped
                    }
                }
                assumeTrue(fillers.size() < 8, "this system does not drop connections to a full backlog");
                String url = "http://127.0.0.1:" + full.getLocalPort() + "/";
                CheckResult result = run(
                        fast(startLinking(url)).timeout(Duration.ofSeconds(1)).build(), Duration.ofSeconds(20));

                LinkResult timedOut = link(result, url);
                assertEquals(Verdict.BROKEN, timedOut.verdict());
                assertTrue(timedOut.reason().matches("(connect )?timed out after 1 s"), timedOut.reason());
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }
}
