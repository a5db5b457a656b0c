package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.hydra.cache.ResultCache;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A repeat check with the result cache: OK external links are not asked again, broken ones are. */
class ResultCacheCheckTest {

    @TempDir
    Path site;

    @TempDir
    Path cacheDir;

    private HttpServer external;
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private String origin;

    @BeforeEach
    void startExternalHost() throws Exception {
        external = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        external.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            switch (path) {
                case "/moved" -> {
                    exchange.getResponseHeaders().set("Location", "/ok-target");
                    exchange.sendResponseHeaders(301, -1);
                }
                case "/ok", "/ok-target" -> exchange.sendResponseHeaders(200, -1);
                default -> exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        external.start();
        origin = "http://127.0.0.1:" + external.getAddress().getPort();
        Files.writeString(
                site.resolve("index.html"),
                "<html><body>"
                        + "<a href='" + origin + "/ok'>ok</a>"
                        + "<a href='" + origin + "/ok#part'>ok with fragment</a>"
                        + "<a href='" + origin + "/moved'>moved</a>"
                        + "<a href='" + origin + "/dead'>dead</a>"
                        + "<a href='page.html'>internal</a></body></html>");
        Files.writeString(site.resolve("page.html"), "<html><body><a href='index.html'>home</a></body></html>");
    }

    @AfterEach
    void stopExternalHost() {
        external.stop(0);
    }

    private CheckResult check(Duration ttl) throws Exception {
        return check(ttl, Clock.systemUTC());
    }

    private CheckResult check(Duration ttl, Clock clock) throws Exception {
        CheckConfig config = CheckConfig.builder()
                .directory(site)
                .checkPrivateAddresses(true) // the external host is a loopback server
                .cacheDirectory(cacheDir)
                .cacheTtl(ttl)
                .retries(0)
                .clock(clock)
                .build();
        return new LinkCheck(config, CheckListener.SILENT).run();
    }

    private static LinkResult link(CheckResult result, String url) {
        return result.links().stream()
                .filter(l -> l.url().equals(url))
                .findFirst()
                .orElseThrow(() -> new AssertionError(url + " not in " + result.links()));
    }

    private int requestsTo(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    @Test
    void theSecondCheckAsksTheExternalHostOnlyAboutBrokenLinks() throws Exception {
        CheckResult first = check(Duration.ofDays(1));
        assertEquals(Verdict.OK, link(first, origin + "/ok").verdict());
        assertEquals("200 OK", link(first, origin + "/ok").reason());
        assertEquals(Verdict.BROKEN, link(first, origin + "/dead").verdict());
        assertEquals(1, requestsTo("/ok"));
        requests.clear();

        CheckResult second = check(Duration.ofDays(1));

        assertEquals(0, requestsTo("/ok"));
        assertEquals(0, requestsTo("/moved"));
        assertEquals(0, requestsTo("/ok-target"));
        assertEquals(1, requestsTo("/dead"), "a broken link is always checked again");
        LinkResult ok = link(second, origin + "/ok");
        assertEquals(Verdict.OK, ok.verdict());
        assertEquals(200, ok.status());
        assertEquals("200 OK (cached just now)", ok.reason());
        assertEquals(Verdict.OK, link(second, origin + "/ok#part").verdict());
        LinkResult moved = link(second, origin + "/moved");
        assertEquals(Verdict.OK, moved.verdict());
        assertEquals(origin + "/ok-target", moved.finalUrl(), "the redirect target is remembered too");
        assertEquals(Verdict.BROKEN, link(second, origin + "/dead").verdict());
        assertEquals(Verdict.OK, link(second, "/page.html").verdict());
        assertTrue(
                second.notices().stream().anyMatch(n -> n.startsWith("2 external links were not fetched")),
                second.notices().toString());
    }

    @Test
    void resultsOlderThanTheTimeToLiveAreFetchedAgain() throws Exception {
        check(Duration.ofDays(1));
        requests.clear();

        CheckResult again = check(
                Duration.ofDays(1),
                Clock.offset(Clock.systemUTC(), Duration.ofDays(1).plusSeconds(1)));

        assertEquals(1, requestsTo("/ok"));
        assertEquals("200 OK", link(again, origin + "/ok").reason());
    }

    @Test
    void resultsYoungerThanTheTimeToLiveAreUsedAndShowTheirAge() throws Exception {
        check(Duration.ofDays(1));
        requests.clear();

        CheckResult again = check(Duration.ofDays(1), Clock.offset(Clock.systemUTC(), Duration.ofHours(23)));

        assertEquals(0, requestsTo("/ok"));
        assertTrue(
                link(again, origin + "/ok").reason().equals("200 OK (cached 23 h ago)"),
                link(again, origin + "/ok").reason());
    }

    @Test
    void internalLinksAndBrokenLinksNeverEnterTheCacheFile() throws Exception {
        check(Duration.ofDays(1));
        String file = Files.readString(cacheDir.resolve(ResultCache.FILE_NAME));
        assertTrue(file.contains(origin + "/ok\t"), file);
        assertFalse(file.contains("/dead"), file);
        assertFalse(file.contains("page.html"), file);
        assertFalse(file.contains("index.html"), file);
    }

    @Test
    void aCorruptCacheFileCostsRequestsNotTheCheck() throws Exception {
        Files.writeString(cacheDir.resolve(ResultCache.FILE_NAME), "garbage\u0000\n");

        CheckResult result = check(Duration.ofDays(1));

        assertEquals(Verdict.OK, link(result, origin + "/ok").verdict());
        assertEquals(1, requestsTo("/ok"));
        assertTrue(
                result.notices().stream().anyMatch(n -> n.contains("was ignored")),
                result.notices().toString());
        requests.clear();
        check(Duration.ofDays(1));
        assertEquals(0, requestsTo("/ok"), "the file was rewritten and is used again");
    }

    @Test
    void entriesFetchedAgainAreNotCountedAsNotFetched() throws Exception {
        check(Duration.ofDays(1));
        Path file = cacheDir.resolve(ResultCache.FILE_NAME);
        // an entry of a status not accepted (as after acceptedStatusCodes changed) is fetched again: not counted
        Files.writeString(
                file, Files.readString(file).replace("\t200\t" + origin + "/ok\t", "\t404\t" + origin + "/ok\t"));
        requests.clear();

        CheckResult again = check(Duration.ofDays(1));

        assertEquals(1, requestsTo("/ok"));
        assertTrue(
                again.notices().stream().anyMatch(n -> n.startsWith("1 external links were not fetched")),
                "only /moved came from the cache: " + again.notices());
    }
}
