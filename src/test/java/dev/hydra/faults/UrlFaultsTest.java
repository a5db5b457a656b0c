package dev.hydra.faults;

import static dev.hydra.faults.Checks.fast;
import static dev.hydra.faults.Checks.link;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hydra.crawl.CheckListener;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.output.ConsoleReport;
import dev.hydra.output.JsonReport;
import java.io.IOException;
import java.io.StringWriter;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Links no browser could follow, IPv6 literals, and credentials in URLs that must never be shown. */
class UrlFaultsTest {

    private RawServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RawServer();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void invalidUrlsAreBrokenWithTheReason() {
        // http:///x once sent the URL parser into an endless loop that hung the whole check
        server.page(
                "/",
                "<a href=\"http://[::1\">a</a><a href=\"http://exa mple.com/\">b</a><a href=\"ht!tp:\">c</a>"
                        + "<a href=\"http:///x\">d</a>");
        CheckResult result = run(fast(server.uri("/")).build(), Duration.ofSeconds(20));

        for (String raw : List.of("http://[::1", "http://exa mple.com/", "ht!tp:", "http:///x")) {
            LinkResult invalid = link(result, raw);
            assertEquals(Verdict.BROKEN, invalid.verdict(), raw);
            assertEquals("invalid URL: " + raw + " (fix the link, or exclude it)", invalid.reason());
            assertEquals(server.uri("/").toString(), invalid.sources().get(0).page());
        }
    }

    @Test
    void internationalHostNameIsLookedUpInItsAsciiForm() {
        server.page("/", "<a href=\"http://bücher.invalid/seite\">b</a>");
        CheckResult result = run(fast(server.uri("/")).build(), Duration.ofSeconds(30));

        LinkResult idn = link(result, "http://xn--bcher-kva.invalid/seite");
        assertEquals(Verdict.BROKEN, idn.verdict());
        assertEquals("unknown host xn--bcher-kva.invalid", idn.reason());
    }

    @Test
    void ipv6LiteralHostIsChecked() throws IOException {
        InetAddress loopback6;
        RawServer six;
        try {
            loopback6 = InetAddress.getByName("::1");
            six = new RawServer(loopback6);
        } catch (IOException e) {
            assumeTrue(false, "::1 is not available here: " + e);
            return;
        }
        try (six) {
            six.page("/", "<h1 id=\"top-of-page\">six</h1><a href=\"/missing\">m</a><a href=\"#top-of-page\">t</a>");
            CheckResult result = run(fast(six.uri("/")).build(), Duration.ofSeconds(20));

            String root = "http://[::1]:" + six.port();
            assertEquals(Verdict.OK, link(result, root + "/").verdict());
            assertEquals(Verdict.OK, link(result, root + "/#top-of-page").verdict());
            LinkResult missing = link(result, root + "/missing");
            assertEquals(Verdict.BROKEN, missing.verdict());
            assertEquals("404 Not Found", missing.reason());
        }
    }

    @Test
    void credentialsInLinksAreCheckedButNeverShown() throws IOException {
        String secret = "s3cr3t-pa55";
        String origin = "http://alice:" + secret + "@127.0.0.1:" + server.port();
        server.page(
                "/",
                "<a href=\"" + origin + "/private\">p</a>"
                        + "<a href=\"" + origin + "/gone\">g</a>"
                        + "<a href=\"" + origin + "/loop\">l</a>"
                        + "<a href=\"http://alice:" + secret + "@exa mple.com/\">i</a>");
        server.page("/private", "<p>members only</p>");
        server.route("/loop", (request, socket, out) -> RawServer.redirect(out, 302, "/loop2"));
        server.route("/loop2", (request, socket, out) -> RawServer.redirect(out, 302, "/loop"));
        List<String> logged = new CopyOnWriteArrayList<>();
        CheckListener listener = new CheckListener() {
            @Override
            public void notice(String message) {
                logged.add(message);
            }

            @Override
            public boolean wantsRequests() {
                return true;
            }

            @Override
            public void request(String line) {
                logged.add(line);
            }
        };
        CheckResult result = run(fast(server.uri("/")).build(), listener, Duration.ofSeconds(20));

        String masked = "http://***@127.0.0.1:" + server.port();
        assertEquals(Verdict.OK, link(result, masked + "/private").verdict(), "the link is checked");
        assertEquals(404, link(result, masked + "/gone").status());
        LinkResult loop = link(result, masked + "/loop");
        assertEquals(
                "redirect loop: " + masked + "/loop -> " + masked + "/loop2 -> " + masked + "/loop", loop.reason());
        assertEquals(Verdict.BROKEN, link(result, "http://***@exa mple.com/").verdict());

        StringWriter json = new StringWriter();
        new JsonReport().write(result, json);
        String console = ConsoleReport.summaryLine(result) + "\n" + ConsoleReport.describe(result.links());
        assertFalse(json.toString().contains(secret), json.toString());
        assertFalse(console.contains(secret), console);
        assertTrue(
                logged.stream()
                        .anyMatch(line -> line.startsWith("GET " + masked + "/private")
                                || line.startsWith("HEAD " + masked + "/private")),
                logged.toString());
        assertTrue(logged.stream().noneMatch(line -> line.contains(secret)), logged.toString());
        assertFalse(result.toString().contains(secret), "no field of the result holds the password");
        assertTrue(
                server.received().stream().noneMatch(r -> r.header("Authorization") != null),
                "Hydra does not log in with the credentials of a link");
    }
}
