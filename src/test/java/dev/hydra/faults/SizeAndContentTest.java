package dev.hydra.faults;

import static dev.hydra.faults.Checks.fast;
import static dev.hydra.faults.Checks.link;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Big, many-linked, deeply nested, binary and non-UTF-8 pages: bounded reads, verdicts, no crash. */
class SizeAndContentTest {

    private RawServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RawServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    /** Streams {@code size} bytes of {@code filler} after {@code head}, counting what was written before the client left. */
    private static RawServer.Handler huge(String contentType, String head, long size, byte filler, AtomicLong written) {
        return (request, socket, out) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + size
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] first = head.getBytes(StandardCharsets.US_ASCII);
            out.write(first);
            long sent = first.length;
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, filler);
            try {
                while (sent < size) {
                    int n = (int) Math.min(chunk.length, size - sent);
                    out.write(chunk, 0, n);
                    sent += n;
                }
            } finally {
                written.set(sent);
            }
        };
    }

    @Test
    void pageLargerThanMaxPageSizeIsReadUpToTheCapAndLargeFilesAreStillChecked() {
        AtomicLong pageBytes = new AtomicLong();
        AtomicLong fileBytes = new AtomicLong();
        server.page("/", "<a href=\"/big.html#early\">a</a><a href=\"/big.html#late\">b</a><a href=\"/big.zip\">c</a>");
        server.route(
                "/big.html",
                huge(
                        "text/html",
                        "<h1 id=\"early\">e</h1><a href=\"/in-first-part\">x</a><pre>",
                        20L * 1024 * 1024,
                        (byte) 'x',
                        pageBytes));
        server.route("/big.zip", huge("application/zip", "PK", 100L * 1024 * 1024, (byte) 0, fileBytes));
        CheckResult result = run(fast(server.uri("/")).maxPageSize(1024 * 1024).build(), Duration.ofSeconds(30));

        assertEquals(Verdict.OK, link(result, server.uri("/big.html#early")).verdict());
        LinkResult late = link(result, server.uri("/big.html#late"));
        assertEquals(Verdict.WARNING, late.verdict());
        assertEquals(
                "anchor #late not found in the first 1 MB of the page (raise maxPageSize to read more)", late.reason());
        assertEquals(404, link(result, server.uri("/in-first-part")).status(), "links in the part read are followed");
        LinkResult cut = link(result, server.uri("/big.html"));
        assertEquals(
                Verdict.WARNING, cut.verdict(), "a page read in part is a warning, though linked with anchors only");
        assertEquals(ResultKind.PAGE_TRUNCATED, cut.kind());
        assertEquals(
                "page larger than maxPageSize (1 MB): only its first 1 MB were read, so links and anchors past that"
                        + " were not checked (raise maxPageSize to read it whole)",
                cut.reason());
        assertEquals(
                List.of(new Source(server.uri("/").toString(), 1)),
                cut.sources(),
                "the places of the links that lead to it (both on line 1)");
        LinkResult zip = link(result, server.uri("/big.zip"));
        assertEquals(Verdict.OK, zip.verdict(), "a link to a large file is checked");
        assertEquals("200 OK", zip.reason());
        assertTrue(pageBytes.get() < 20L * 1024 * 1024, "the page was read to the end: " + pageBytes.get());
        assertTrue(fileBytes.get() < 100L * 1024 * 1024, "the file was read to the end: " + fileBytes.get());
    }

    @Test
    void fiftyMegabyteBinaryServedAsHtmlStopsAtTheCapQuickly() {
        AtomicLong written = new AtomicLong();
        server.page("/", "<a href=\"/binary.html\">bin</a>");
        server.route("/binary.html", (request, socket, out) -> {
            byte[] noise = new byte[64 * 1024];
            new java.util.Random(7).nextBytes(noise);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + (50L << 20)
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            long sent = 0;
            try {
                while (sent < (50L << 20)) {
                    out.write(noise);
                    sent += noise.length;
                }
            } finally {
                written.set(sent);
            }
        });
        long started = System.nanoTime();
        CheckResult result =
                run(fast(server.uri("/")).maxPageSize(2 * 1024 * 1024).build(), Duration.ofSeconds(30));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        LinkResult binary = link(result, server.uri("/binary.html"));
        assertEquals(Verdict.WARNING, binary.verdict(), "found, and read only in part");
        assertEquals(ResultKind.PAGE_TRUNCATED, binary.kind());
        assertTrue(written.get() < (50L << 20), "Hydra read all 50 MB");
        assertTrue(seconds < 20, "took " + seconds + " s");
    }

    @Test
    void pageWithTenThousandLinks() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><title>many</title>");
        for (int i = 0; i < 10_000; i++) {
            // every second anchor exists; all links are fragments of the page itself, plus 100 real targets
            html.append("<a href=\"#a").append(i).append("\">").append(i).append("</a>");
            if (i % 2 == 0) {
                html.append("<span id=\"a").append(i).append("\"></span>");
            }
            if (i % 100 == 0) {
                html.append("<a href=\"/t/").append(i).append("\">t</a>\n");
            }
        }
        server.page("/", html.toString());
        server.otherwise((request, socket, out) -> RawServer.respond(out, 200, "text/plain", "ok"));
        CheckResult result = run(fast(server.uri("/")).build(), Duration.ofSeconds(60));

        assertEquals(10_000 + 100 + 1, result.links().size(), "each fragment, each target and the start page");
        assertEquals(5_000, result.summary().broken());
        assertEquals(
                "anchor #a1 not found on the page",
                link(result, server.uri("/#a1")).reason());
        assertEquals(Verdict.OK, link(result, server.uri("/#a0")).verdict());
        assertEquals(Verdict.OK, link(result, server.uri("/t/9900")).verdict());
    }

    @Test
    void deeplyNestedAndMalformedHtmlIsParsed() {
        String nested =
                "<div>".repeat(100_000) + "<a href=\"/deep-target\">deep</a><p id=\"deep\">" + "</div>".repeat(100_000);
        String malformed =
                "<table><tr><td><a href=\"/m-target\"<b><i></table></b></i><p id=\"m\"><<>><!-- unterminated";
        server.page("/", "<a href=\"/nested#deep\">n</a><a href=\"/malformed#m\">m</a>");
        server.page("/nested", nested);
        server.page("/malformed", malformed);
        CheckResult result = run(fast(server.uri("/")).build(), Duration.ofSeconds(60));

        assertEquals(Verdict.OK, link(result, server.uri("/nested#deep")).verdict());
        assertEquals(404, link(result, server.uri("/deep-target")).status(), "the link at depth 100000 was found");
        assertEquals(Verdict.OK, link(result, server.uri("/malformed#m")).verdict());
        assertTrue(result.notices().isEmpty(), result.notices().toString());
    }

    @Test
    void charsetFromTheHeaderIsUsedForAnchors() {
        server.page("/", "<meta charset=\"utf-8\"><a href=\"/latin1#caf%C3%A9\">a</a><a href=\"/latin1#café\">b</a>");
        server.route(
                "/latin1",
                (request, socket, out) -> RawServer.respond(
                        out,
                        200,
                        Map.of("Content-Type", "text/html; charset=ISO-8859-1"),
                        "<!DOCTYPE html><h2 id=\"café\">Café</h2>".getBytes(StandardCharsets.ISO_8859_1)));
        CheckResult result = run(fast(server.uri("/")).build(), Duration.ofSeconds(20));

        assertEquals(Verdict.OK, link(result, server.uri("/latin1#caf%C3%A9")).verdict());
        assertTrue(result.summary().broken() == 0, result.links().toString());
    }

    @Test
    void charsetFromMetaIsUsedWhenTheHeaderHasNone() {
        server.page("/", "<meta charset=\"utf-8\"><a href=\"/latin1#caf%C3%A9\">a</a>");
        server.route(
                "/latin1",
                (request, socket, out) -> RawServer.respond(
                        out,
                        200,
                        Map.of("Content-Type", "text/html"),
                        "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"></head><h2 id=\"café\">Café</h2>"
                                .getBytes(StandardCharsets.ISO_8859_1)));
        CheckResult result = run(fast(server.uri("/")).build(), Duration.ofSeconds(20));

        LinkResult cafe = link(result, server.uri("/latin1#caf%C3%A9"));
        assertEquals(Verdict.OK, cafe.verdict(), cafe.reason());
    }
}
