package dev.hydra.faults;

import static dev.hydra.faults.Checks.fast;
import static dev.hydra.faults.Checks.link;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hydra asks for gzip and deflate and reads pages sent that way; a page in an encoding it cannot undo is still a
 * live link, but the anchors on it cannot be checked: a warning, not a broken link.
 */
class ContentEncodingTest {

    private static final String PAGE =
            "<!DOCTYPE html><title>t</title><h2 id=\"section\">s</h2><a href=\"/linked-from-encoded\">x</a>";

    private RawServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RawServer();
        server.page(
                "/",
                "<!DOCTYPE html><a href=\"/encoded#section\">a</a><a href=\"/encoded#nowhere\">b</a>"
                        + "<a href=\"/encoded\">c</a>");
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private void serveEncoded(String encoding, byte[] body) {
        server.route(
                "/encoded",
                (request, socket, out) -> RawServer.respond(
                        out,
                        200,
                        Map.of("Content-Type", "text/html; charset=utf-8", "Content-Encoding", encoding),
                        body));
    }

    private CheckResult check() {
        return run(fast(server.uri("/")).build(), Duration.ofSeconds(30));
    }

    private void assertDecoded(CheckResult result) {
        assertEquals(Verdict.OK, link(result, server.uri("/encoded#section")).verdict());
        LinkResult missing = link(result, server.uri("/encoded#nowhere"));
        assertEquals(Verdict.BROKEN, missing.verdict());
        assertEquals("anchor #nowhere not found on the page", missing.reason());
        LinkResult followed = link(result, server.uri("/linked-from-encoded"));
        assertEquals(404, followed.status(), "the links of a decoded page are followed");
    }

    @Test
    void asksForGzipAndDeflate() {
        serveEncoded("gzip", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        check();

        RawServer.Request page = server.received().stream()
                .filter(r -> r.target().equals("/encoded"))
                .findFirst()
                .orElseThrow();
        assertEquals("gzip, deflate", page.header("Accept-Encoding"));
    }

    @Test
    void gzipPageIsDecoded() {
        serveEncoded("gzip", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        assertDecoded(check());
    }

    @Test
    void zlibDeflatePageIsDecoded() {
        serveEncoded("deflate", deflate(PAGE.getBytes(StandardCharsets.UTF_8), false));
        assertDecoded(check());
    }

    @Test
    void rawDeflatePageIsDecodedToo() {
        serveEncoded("deflate", deflate(PAGE.getBytes(StandardCharsets.UTF_8), true));
        assertDecoded(check());
    }

    @Test
    void brotliPageIsOkButItsAnchorsAreWarnings() {
        serveEncoded("br", new byte[] {0x1b, 0x03, 0x00, (byte) 0xf8, 0x25, 0x00, 0x00});
        CheckResult result = check();

        LinkResult plain = link(result, server.uri("/encoded"));
        assertEquals(Verdict.OK, plain.verdict());
        assertEquals("200 OK", plain.reason());
        LinkResult anchored = link(result, server.uri("/encoded#section"));
        assertEquals(Verdict.WARNING, anchored.verdict());
        assertEquals(
                "page could not be decoded (Content-Encoding br is not supported): anchor #section not checked",
                anchored.reason());
        assertEquals(
                Verdict.WARNING, link(result, server.uri("/encoded#nowhere")).verdict());
        assertTrue(
                result.notices()
                        .contains("a page could not be decoded, so its links and anchors were not checked: "
                                + server.uri("/encoded") + " (Content-Encoding br is not supported)"),
                result.notices().toString());
    }

    @Test
    void unknownEncodingIsTreatedLikeBrotli() {
        serveEncoded("x-hydra-unknown", PAGE.getBytes(StandardCharsets.UTF_8));
        CheckResult result = check();

        assertEquals(Verdict.OK, link(result, server.uri("/encoded")).verdict());
        assertEquals(
                Verdict.WARNING, link(result, server.uri("/encoded#section")).verdict());
    }

    @Test
    void corruptGzipIsAWarningOnAnchorsNotACrash() {
        byte[] body = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
        Arrays.fill(body, 12, body.length - 8, (byte) 0x55);
        serveEncoded("gzip", body);
        CheckResult result = check();

        assertEquals(Verdict.OK, link(result, server.uri("/encoded")).verdict());
        LinkResult anchored = link(result, server.uri("/encoded#section"));
        assertEquals(Verdict.WARNING, anchored.verdict());
        assertTrue(anchored.reason().startsWith("page could not be decoded (corrupt gzip data"), anchored.reason());
    }

    @Test
    void emptyBodyLabelledGzipIsAnEmptyPage() {
        serveEncoded("gzip", new byte[0]);
        CheckResult result = check();

        assertEquals(Verdict.OK, link(result, server.uri("/encoded")).verdict());
        assertEquals(
                "anchor #section not found on the page",
                link(result, server.uri("/encoded#section")).reason());
        assertTrue(result.notices().isEmpty(), result.notices().toString());
    }

    @Test
    void decompressionBombStopsAtMaxPageSize() {
        // 200 MB of spaces after the anchor: about 200 KB compressed
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write("<!DOCTYPE html><h2 id=\"section\">s</h2>".getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                gzip.write(spaces);
            }
            gzip.write("<p id=\"nowhere\">".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        serveEncoded("gzip", compressed.toByteArray());
        long started = System.nanoTime();
        CheckResult result = run(fast(server.uri("/")).maxPageSize(1024 * 1024).build(), Duration.ofSeconds(30));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertEquals(Verdict.OK, link(result, server.uri("/encoded#section")).verdict());
        LinkResult beyondTheCap = link(result, server.uri("/encoded#nowhere"));
        assertEquals(Verdict.WARNING, beyondTheCap.verdict());
        assertEquals(
                "anchor #nowhere not found in the first 1 MB of the page (raise maxPageSize to read more)",
                beyondTheCap.reason());
        assertTrue(seconds < 20, "took " + seconds + " s");
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    static byte[] deflate(byte[] data, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate =
                new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            deflate.write(data);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }
}
