package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.testing.FetcherFixture;
import dev.hydra.testing.Reply;
import dev.hydra.testing.TestServer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Transient failures tried again, with backoff and the server's Retry-After, a bounded number of times. The tests of
 * a HEAD that breaks go through {@link HeadFallbackFetcher} over the retries, as in LinkCheck: it is retried with GET.
 */
class RetryingFetcherTest {

    @RegisterExtension
    final TestServer server = TestServer.start();

    @RegisterExtension
    final FetcherFixture fixture = new FetcherFixture();

    private FetchOutcome fetch(int retries, Duration maxRetryAfter, String path) {
        return fetch(retries, maxRetryAfter, FetchRequest.head(server.uri(path)));
    }

    private FetchOutcome fetch(int retries, Duration maxRetryAfter, FetchRequest request) {
        RetryPolicy policy = new RetryPolicy(retries, Duration.ofMillis(20), maxRetryAfter);
        return new RetryingFetcher(fixture.jdk(), policy, fixture.scheduler, fixture.clientPool)
                .fetch(request)
                .join();
    }

    /** A HEAD through the stack of LinkCheck, where a HEAD that breaks is asked again with GET. */
    private FetchOutcome fetchHead(int retries, String path) {
        RetryPolicy policy = new RetryPolicy(retries, Duration.ofMillis(20), Duration.ofSeconds(30));
        return new HeadFallbackFetcher(
                        new RetryingFetcher(fixture.jdk(), policy, fixture.scheduler, fixture.clientPool))
                .fetch(FetchRequest.head(server.uri(path)))
                .join();
    }

    private static int status(FetchOutcome outcome) {
        return assertInstanceOf(FetchOutcome.Response.class, outcome, outcome::toString)
                .status();
    }

    @Test
    void aServiceUnavailableThatRecoversIsOk() {
        server.sequence("/flaky", Reply.status(503), Reply.status(200));
        assertEquals(200, status(fetch(2, Duration.ofSeconds(30), "/flaky")));
        assertEquals(2, server.requests("/flaky").size());
    }

    @Test
    void retryAfterIsHonoured() {
        server.sequence("/limited", Reply.status(429).withHeader("Retry-After", "1"), Reply.status(200));
        assertEquals(200, status(fetch(2, Duration.ofSeconds(30), "/limited")));
        var requests = server.requests("/limited");
        assertEquals(2, requests.size());
        long waitedMillis = (requests.get(1).receivedNanos() - requests.get(0).receivedNanos()) / 1_000_000;
        assertTrue(waitedMillis >= 900, "waited only " + waitedMillis + " ms for Retry-After: 1");
    }

    @Test
    void retryAfterLongerThanTheCapIsNotWaitedFor() {
        server.sequence("/later", Reply.status(429).withHeader("Retry-After", "120"), Reply.status(200));
        assertEquals(429, status(fetch(2, Duration.ofSeconds(30), "/later")));
        assertEquals(1, server.requests("/later").size());
    }

    @Test
    void aServerErrorIsNotHiddenByRateLimitsMetOnItsRetries() {
        server.sequence(
                "/broken",
                Reply.status(500),
                Reply.status(429).withHeader("Retry-After", "0"),
                Reply.status(429).withHeader("Retry-After", "0"));
        assertEquals(500, status(fetchHead(2, "/broken")), "the 500 is the link's verdict, not the 429");
        assertEquals(List.of("HEAD", "GET", "GET"), server.methods("/broken"));
    }

    @Test
    void theNumberOfRetriesIsRespected() {
        server.status("/down", 503);
        assertEquals(503, status(fetch(3, Duration.ofSeconds(30), "/down")));
        assertEquals(4, server.requests("/down").size(), "one try and three retries");
        server.status("/down-too", 502);
        assertEquals(502, status(fetch(0, Duration.ofSeconds(30), "/down-too")));
        assertEquals(1, server.requests("/down-too").size());
    }

    @Test
    void permanentAnswersAreNotRetried() {
        server.status("/dead", 404).status("/gone", 410).status("/unimplemented", 501);
        assertEquals(404, status(fetch(2, Duration.ofSeconds(30), "/dead")));
        assertEquals(410, status(fetch(2, Duration.ofSeconds(30), "/gone")));
        assertEquals(501, status(fetch(2, Duration.ofSeconds(30), "/unimplemented")));
        assertEquals(3, server.requests().size());
    }

    @Test
    void aDroppedConnectionThatRecoversIsOk() {
        server.sequence(
                "/reset", Reply.dropConnection(), Reply.dropConnection(), Reply.dropConnection(), Reply.status(200));
        assertEquals(200, status(fetch(5, Duration.ofSeconds(30), FetchRequest.get(server.uri("/reset"), false))));
    }

    @Test
    void aDroppedHeadIsAskedAgainAtOnceWithGet() {
        server.route(
                "/reset-head", request -> request.method().equals("HEAD") ? Reply.dropConnection() : Reply.status(200));
        assertEquals(200, status(fetchHead(5, "/reset-head")));
        var methods = server.methods("/reset-head");
        assertEquals("GET", methods.get(methods.size() - 1), methods.toString());
        // the JDK client itself tries once more when a pooled connection drops, so the server may see the HEAD twice
        assertTrue(
                methods.size() <= 3 && !methods.subList(0, methods.size() - 1).contains("GET"), methods.toString());
    }

    @Test
    void aHeadAnswered500IsAskedAgainAtOnceWithGet() {
        server.route(
                "/head-crashes", request -> request.method().equals("HEAD") ? Reply.status(500) : Reply.status(200));
        long started = System.nanoTime();
        RetryPolicy slow = new RetryPolicy(2, Duration.ofSeconds(20), Duration.ofSeconds(30));
        FetchOutcome outcome = new HeadFallbackFetcher(
                        new RetryingFetcher(fixture.jdk(), slow, fixture.scheduler, fixture.clientPool))
                .fetch(FetchRequest.head(server.uri("/head-crashes")))
                .join();
        assertEquals(200, status(outcome));
        assertEquals(List.of("HEAD", "GET"), server.methods("/head-crashes"));
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "the GET did not wait out the 20 s backoff");
    }

    @Test
    void aServerErrorOnEveryMethodCostsNoMoreRequestsThanTheRetries() {
        server.status("/down", 500);
        assertEquals(500, status(fetchHead(2, "/down")));
        assertEquals(List.of("HEAD", "GET", "GET"), server.methods("/down"));
        server.status("/down-no-retries", 500);
        assertEquals(500, status(fetchHead(0, "/down-no-retries")));
        assertEquals(
                List.of("HEAD", "GET"),
                server.methods("/down-no-retries"),
                "GET is a different question, asked even without retries, as after a refused HEAD");
    }

    @Test
    void aBusyServerIsAskedHeadAgainAfterItsBackoff() {
        server.sequence("/busy", Reply.status(503), Reply.status(200));
        assertEquals(200, status(fetch(2, Duration.ofSeconds(30), "/busy")));
        assertEquals(List.of("HEAD", "HEAD"), server.methods("/busy"));
    }

    @Test
    void backoffDoublesWithJitter() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(30));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            long first = policy.backoff(0).toMillis();
            long third = policy.backoff(2).toMillis();
            assertTrue(first >= 50 && first <= 150, "first backoff " + first + " ms not within 50..150");
            assertTrue(third >= 200 && third <= 600, "third backoff " + third + " ms not within 200..600");
            seen.add(first);
        }
        assertTrue(seen.size() > 5, "backoff has no jitter: " + seen);
    }
}
