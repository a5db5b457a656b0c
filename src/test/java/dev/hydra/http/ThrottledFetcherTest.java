package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.testing.FetcherFixture;
import dev.hydra.testing.Reply;
import dev.hydra.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Politeness: requests in flight per host, pace per host, and a host that answers 429 gets fewer at once. */
class ThrottledFetcherTest {

    @RegisterExtension
    final TestServer server = TestServer.start();

    @RegisterExtension
    final FetcherFixture fixture = new FetcherFixture();

    private List<FetchOutcome> fetchAll(Fetcher fetcher, int count, String prefix) {
        List<CompletableFuture<FetchOutcome>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(fetcher.fetch(FetchRequest.head(server.uri(prefix + i))));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    private static long answered(List<FetchOutcome> outcomes, int status) {
        return outcomes.stream()
                .filter(o -> o instanceof FetchOutcome.Response r && r.status() == status)
                .count();
    }

    @Test
    void atMostMaxConnectionsPerHostAreInFlight() {
        for (int i = 0; i < 24; i++) {
            server.route("/slow" + i, request -> Reply.status(200).after(Duration.ofMillis(100)));
        }
        Fetcher fetcher = new ThrottledFetcher(fixture.jdk(), 3, Duration.ZERO, fixture.scheduler, fixture.clientPool);
        List<FetchOutcome> outcomes = fetchAll(fetcher, 24, "/slow");
        assertEquals(24, answered(outcomes, 200));
        assertTrue(server.maxInFlight() <= 3, "the server saw " + server.maxInFlight() + " requests at once");
        assertTrue(server.maxInFlight() >= 2, "requests were not concurrent at all");
    }

    @Test
    void theMinimumIntervalBetweenRequestsToAHostIsKept() {
        for (int i = 0; i < 5; i++) {
            server.status("/paced" + i, 200);
        }
        // the times at which the throttle lets each request go: what it controls, whatever the machine's load does
        // to the moment a request then reaches the server
        List<Long> sentNanos = new java.util.concurrent.CopyOnWriteArrayList<>();
        Fetcher jdk = fixture.jdk();
        Fetcher recording = request -> {
            sentNanos.add(System.nanoTime());
            return jdk.fetch(request);
        };
        Fetcher fetcher =
                new ThrottledFetcher(recording, 8, Duration.ofMillis(200), fixture.scheduler, fixture.clientPool);
        fetchAll(fetcher, 5, "/paced");
        List<Long> sorted = sentNanos.stream().sorted().toList();
        assertEquals(5, sorted.size());
        // the throttle plans each request 200 ms after the one before: a late timer can shorten one gap, never the span
        for (int i = 1; i < sorted.size(); i++) {
            long gapMillis = (sorted.get(i) - sorted.get(i - 1)) / 1_000_000;
            assertTrue(gapMillis >= 100, "only " + gapMillis + " ms between two requests, asked for 200 ms");
        }
        long spanMillis = (sorted.get(4) - sorted.get(0)) / 1_000_000;
        assertTrue(spanMillis >= 790, "5 requests 200 ms apart took only " + spanMillis + " ms");
        assertEquals(5, server.requests().size(), "every request was sent");
    }

    /** A host that answers 429 (Retry-After: 1) whenever more than {@code tolerated} requests are in flight. */
    private AtomicInteger strictHost(int tolerated, int pages) {
        AtomicInteger tooMany = new AtomicInteger();
        for (int i = 0; i < pages; i++) {
            server.route("/strict" + i, request -> {
                if (request.inFlight() > tolerated) {
                    tooMany.incrementAndGet();
                    return Reply.status(429).withHeader("Retry-After", "1").after(Duration.ofMillis(30));
                }
                return Reply.status(200).after(Duration.ofMillis(30));
            });
        }
        return tooMany;
    }

    private ThrottledFetcher throttled;

    private Fetcher politeStack(int maxPerHost) {
        throttled =
                new ThrottledFetcher(fixture.jdk(), maxPerHost, Duration.ZERO, fixture.scheduler, fixture.clientPool);
        return new RetryingFetcher(
                throttled,
                new RetryPolicy(3, Duration.ofMillis(50), Duration.ofSeconds(30)),
                fixture.scheduler,
                fixture.clientPool);
    }

    @Test
    void aStrictHostMeetsItsLimitOnceThenThePaceAdapts() {
        AtomicInteger tooMany = strictHost(4, 80);
        List<FetchOutcome> outcomes = fetchAll(politeStack(8), 80, "/strict");
        assertEquals(80, answered(outcomes, 200), "every request ends well after its retries");
        // the 429s of the first 8 come back no sooner than its 200s, which free their places for 8 more: up to two
        // bursts meet the limit before the first 429 is read, and none after
        assertTrue(tooMany.get() <= 16, tooMany.get() + " answers were 429: more than the first two bursts");
        String host = "http://127.0.0.1:" + server.uri("/").getPort();
        assertEquals(
                java.util.Set.of(host),
                throttled.slowedHosts().keySet(),
                "the host stays slowed down for the rest of the run");
        int limit = throttled.slowedHosts().get(host);
        assertTrue(limit >= 2 && limit <= 4, "slowed to " + limit + " requests at a time, for a host that tolerates 4");
    }

    @Test
    void aHostToleratingFewerThanHalfTheLimitIsSlowedFurther() {
        AtomicInteger tooMany = strictHost(2, 80);
        List<FetchOutcome> outcomes = fetchAll(politeStack(8), 80, "/strict");
        assertEquals(80, answered(outcomes, 200), "every request ends well after its retries");
        assertTrue(tooMany.get() <= 20, tooMany.get() + " answers were 429 for 80 requests");
        int limit = throttled.slowedHosts().values().iterator().next();
        assertTrue(limit <= 3, "slowed only to " + limit + " requests at a time");
    }
}
