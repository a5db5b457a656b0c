package dev.hydra.faults;

import static dev.hydra.faults.Checks.fast;
import static dev.hydra.faults.Checks.link;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sites that generate URLs without end: the crawl ends at a bound and says which one. */
class CrawlerTrapTest {

    private RawServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RawServer();
        // a calendar: every page links to the next one, for ever
        server.otherwise((request, socket, out) -> {
            String target = request.target();
            if (target.startsWith("/cal")) {
                int page = target.contains("=") ? Integer.parseInt(target.substring(target.indexOf('=') + 1)) : 0;
                RawServer.respond(out, 200, "text/html", "<a href=\"/cal?page=" + (page + 1) + "\">next</a>");
            } else if (target.startsWith("/a/")) {
                // a relative link that makes the path one segment longer on every page
                RawServer.respond(out, 200, "text/html", "<a href=\"a/\">deeper</a>");
            } else {
                RawServer.respond(out, 404, "text/html", "no");
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void endlessCalendarEndsAtMaxPages() {
        CheckResult result = run(fast(server.uri("/cal")).maxPages(30).build(), Duration.ofSeconds(30));

        assertEquals(30, result.summary().pages());
        assertEquals(1, result.notices().size(), result.notices().toString());
        assertTrue(
                result.notices()
                        .get(0)
                        .matches("maxPages \\(30\\) reached: further pages were checked but not crawled"
                                + " \\(a crawler trap, such as endless generated URLs, or raise maxPages\\); for example "
                                + server.uri("/cal") + "\\?page=\\d+"),
                result.notices().toString());
        assertTrue(
                result.links().stream().allMatch(l -> l.verdict() == Verdict.OK),
                "pages past the bound are still checked");
    }

    @Test
    void endlessPathEndsAtMaxDepth() {
        CheckResult result = run(fast(server.uri("/a/")).maxDepth(5).build(), Duration.ofSeconds(30));

        assertEquals(6, result.summary().pages(), "depths 0 to 5 are crawled");
        assertEquals(
                List.of("maxDepth (5) reached: pages deeper than that were checked but not crawled; for example "
                        + server.uri("/a" + "/a".repeat(6) + "/")),
                result.notices());
        assertEquals(
                Verdict.OK,
                link(result, server.uri("/a" + "/a".repeat(6) + "/")).verdict());
    }

    @Test
    void endlessPathEndsAtMaxUrlLength() {
        CheckResult result = run(fast(server.uri("/a/")).maxUrlLength(80).build(), Duration.ofSeconds(30));

        assertEquals(1, result.notices().size(), result.notices().toString());
        assertTrue(
                result.notices()
                        .get(0)
                        .startsWith("maxUrlLength (80) reached: longer URLs were not checked; for example "
                                + server.uri("/a/a/a/")),
                result.notices().toString());
        LinkResult tooLong = result.links().stream()
                .filter(l -> l.verdict() == Verdict.WARNING)
                .findFirst()
                .orElseThrow();
        assertEquals(
                "URL longer than maxUrlLength (80 characters): not checked, possibly a crawler trap", tooLong.reason());
    }

    @Test
    void endlessPathEndsWithDefaultSettingsToo() {
        CheckResult result = run(fast(server.uri("/a/")).build(), Duration.ofSeconds(120));

        assertTrue(
                result.notices().stream().anyMatch(n -> n.startsWith("maxChainLength (1000) reached")),
                result.notices().toString());
        assertEquals(1000, result.summary().pages(), "the chain is followed to its limit, and no further");
    }

    @Test
    void endlessCalendarEndsAtTheChainLimitNamingItsPattern() {
        CheckResult result = run(fast(server.uri("/cal")).maxChainLength(5).build(), Duration.ofSeconds(30));

        assertEquals(6, result.summary().pages(), "the start and a chain of 5 pages like /cal?page=#");
        assertEquals(
                List.of("maxChainLength (5) reached: more than 5 pages like " + server.uri("/cal?page=#")
                        + " (where # is any number) were each found on the one before, as a calendar's \"next month\" is:"
                        + " the rest were checked but not crawled (raise maxChainLength to follow such a chain further);"
                        + " for example " + server.uri("/cal?page=6")),
                result.notices());
        assertEquals(
                Verdict.OK, link(result, server.uri("/cal?page=6")).verdict(), "the page past the limit is checked");
    }

    @Test
    void numberedPagesFoundOnAnIndexAreNoChain() throws IOException {
        StringBuilder index = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            index.append("<a href=\"/list/")
                    .append(i)
                    .append(".html\">")
                    .append(i)
                    .append("</a>\n");
        }
        server.route("/list/", (request, socket, out) -> RawServer.respond(out, 200, "text/html", index.toString()));
        for (int i = 1; i <= 20; i++) {
            // each page also links the next one, as an archive's "older posts" does
            String next = "<a href=\"/list/" + (i + 1) + ".html\">next</a>";
            server.route(
                    "/list/" + i + ".html", (request, socket, out) -> RawServer.respond(out, 200, "text/html", next));
        }
        CheckResult result = run(fast(server.uri("/list/")).maxChainLength(5).build(), Duration.ofSeconds(30));

        assertEquals(21, result.summary().pages(), "every page is crawled: each was found first on the index");
        assertEquals(List.of(), result.notices());
    }

    @Test
    void redirectLoopAcrossHostsIsBroken() throws IOException {
        try (RawServer other = new RawServer()) {
            other.route(
                    "/loop",
                    (request, socket, out) ->
                            RawServer.redirect(out, 302, server.uri("/loop").toString()));
            server.route(
                    "/loop",
                    (request, socket, out) ->
                            RawServer.redirect(out, 301, other.uri("/loop").toString()));
            server.route(
                    "/", (request, socket, out) -> RawServer.respond(out, 200, "text/html", "<a href=\"/loop\">l</a>"));
            CheckResult result = run(fast(server.uri("/")).build(), Duration.ofSeconds(30));

            LinkResult loop = link(result, server.uri("/loop"));
            assertEquals(Verdict.BROKEN, loop.verdict());
            assertEquals(
                    "redirect loop: " + server.uri("/loop") + " -> " + other.uri("/loop") + " -> "
                            + server.uri("/loop"),
                    loop.reason());
        }
    }
}
