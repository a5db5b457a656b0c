package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hydra.testing.FetcherFixture;
import dev.hydra.testing.Reply;
import dev.hydra.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries and redirect hops reach the throttle as follow-ups, which go first in their host's queue. */
class FollowUpTest {

    @RegisterExtension
    final TestServer server = TestServer.start("127.0.0.1");

    @RegisterExtension
    final FetcherFixture fixture = new FetcherFixture();

    private final List<FetchRequest> sent = new CopyOnWriteArrayList<>();

    /** The stack of LinkCheck, with the requests that reach the throttle recorded. */
    private FetchOutcome fetch(FetchRequest request) {
        Fetcher recording = next -> {
            sent.add(next);
            return fixture.jdk().fetch(next);
        };
        RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(20), Duration.ofSeconds(30));
        return new RedirectingFetcher(
                        new HeadFallbackFetcher(
                                new RetryingFetcher(recording, policy, fixture.scheduler, fixture.clientPool)),
                        10)
                .fetch(request)
                .join();
    }

    private List<Boolean> followUps() {
        return sent.stream().map(FetchRequest::followUp).toList();
    }

    @Test
    void redirectHopsAreFollowUps() {
        server.redirect("/a", 301, "/b").redirect("/b", 302, "/c").page("/c", "<p>end</p>");
        fetch(FetchRequest.head(server.uri("/a")));
        assertEquals(List.of(false, true, true), followUps());
    }

    @Test
    void theGetAfterARefusedHeadIsAFollowUp() {
        server.route("/no-head", request -> request.method().equals("HEAD") ? Reply.status(405) : Reply.status(200));
        fetch(FetchRequest.head(server.uri("/no-head")));
        assertEquals(List.of(false, true), followUps());
    }

    @Test
    void retriesAreFollowUps() {
        server.sequence("/flaky", Reply.status(503), Reply.status(503), Reply.status(200));
        fetch(FetchRequest.get(server.uri("/flaky"), false));
        assertEquals(List.of(false, true, true), followUps());
    }
}
