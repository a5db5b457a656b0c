package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.hydra.testing.FetcherFixture;
import dev.hydra.testing.Reply;
import dev.hydra.testing.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One layer owns HEAD-then-GET: a refused or broken HEAD is asked again with GET, on the hop that refused it. */
class HeadFallbackFetcherTest {

    @RegisterExtension
    final TestServer server = TestServer.start();

    @RegisterExtension
    final FetcherFixture fixture = new FetcherFixture();

    /** The stack of LinkCheck: redirects over the HEAD fallback over retries. */
    private FetchOutcome fetch(FetchRequest request) {
        RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(20), Duration.ofSeconds(30));
        return new RedirectingFetcher(
                        new HeadFallbackFetcher(
                                new RetryingFetcher(fixture.jdk(), policy, fixture.scheduler, fixture.clientPool)),
                        10)
                .fetch(request)
                .join();
    }

    private static int status(FetchOutcome outcome) {
        return assertInstanceOf(FetchOutcome.Response.class, outcome, outcome::toString)
                .status();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 403, 405, 406, 501, 999})
    void aRefusedHeadIsAskedAgainWithGet(int refusal) {
        server.route("/x", request -> request.method().equals("HEAD") ? Reply.status(refusal) : Reply.status(200));
        assertEquals(200, status(fetch(FetchRequest.head(server.uri("/x")))));
        assertEquals(List.of("HEAD", "GET"), server.methods("/x"));
    }

    @Test
    void anAnswerThatIsNoRefusalIsTheVerdictOfTheHead() {
        server.status("/dead", 404).status("/fine", 200);
        assertEquals(404, status(fetch(FetchRequest.head(server.uri("/dead")))));
        assertEquals(200, status(fetch(FetchRequest.head(server.uri("/fine")))));
        assertEquals(List.of("HEAD"), server.methods("/dead"));
        assertEquals(List.of("HEAD"), server.methods("/fine"));
    }

    @Test
    void aGetIsNeverTurnedIntoAnything() {
        server.status("/refuses", 405);
        assertEquals(405, status(fetch(FetchRequest.get(server.uri("/refuses"), false))));
        assertEquals(List.of("GET"), server.methods("/refuses"));
    }

    @Test
    void theHopThatRefusesHeadIsAskedWithGetWithoutFollowingTheRedirectAgain() {
        server.redirect("/a", 301, "/b");
        server.route("/b", request -> request.method().equals("HEAD") ? Reply.status(405) : Reply.status(200));
        FetchOutcome outcome = fetch(FetchRequest.head(server.uri("/a")));
        assertEquals(200, status(outcome));
        assertEquals(List.of(server.uri("/a")), ((FetchOutcome.Response) outcome).redirects());
        assertEquals(List.of("HEAD"), server.methods("/a"));
        assertEquals(List.of("HEAD", "GET"), server.methods("/b"));
    }
}
