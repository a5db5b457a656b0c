package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.FetcherFixture;
import dev.hydra.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redirects followed up to a limit, loops caught (also across hosts), and the end of the chain reported. */
class RedirectingFetcherTest {

    @RegisterExtension
    final TestServer one = TestServer.start("127.0.0.1");

    @RegisterExtension
    final TestServer two = TestServer.start("127.0.0.2");

    @RegisterExtension
    final FetcherFixture fixture = new FetcherFixture();

    private FetchOutcome fetch(int maxRedirects, String url) {
        return new RedirectingFetcher(fixture.jdk(), maxRedirects)
                .fetch(FetchRequest.head(java.net.URI.create(url)))
                .join();
    }

    @Test
    void followsAChainAcrossHostsAndReportsWhereItEnded() {
        one.redirect("/start", 301, "/middle").redirect("/middle", 302, two.url("/end"));
        two.page("/end", "<p>here</p>");
        FetchOutcome.Response response = assertInstanceOf(FetchOutcome.Response.class, fetch(10, one.url("/start")));
        assertEquals(200, response.status());
        assertEquals(two.uri("/end"), response.uri());
        assertEquals(one.uri("/start"), response.requested());
        assertEquals(List.of(one.uri("/start"), one.uri("/middle")), response.redirects());
    }

    @Test
    void moreRedirectsThanAllowedAreAFailure() {
        one.redirect("/r1", 301, "/r2")
                .redirect("/r2", 307, "/r3")
                .redirect("/r3", 308, "/r4")
                .page("/r4", "end");
        FetchOutcome.Failure failure = assertInstanceOf(FetchOutcome.Failure.class, fetch(2, one.url("/r1")));
        assertEquals(FailureKind.TOO_MANY_REDIRECTS, failure.kind());
        assertEquals("too many redirects (more than 2)", failure.reason());
        assertEquals(0, one.requests("/r4").size(), "the chain is not followed past the limit");
        assertInstanceOf(FetchOutcome.Response.class, fetch(3, one.url("/r1")), "three redirects are allowed with 3");
    }

    @Test
    void aLoopIsCaughtAtOnce() {
        one.redirect("/a", 302, "/b").redirect("/b", 302, "/a");
        FetchOutcome.Failure failure = assertInstanceOf(FetchOutcome.Failure.class, fetch(10, one.url("/a")));
        assertEquals(FailureKind.REDIRECT_LOOP, failure.kind());
        assertTrue(failure.reason().startsWith("redirect loop: "), failure.reason());
        assertEquals(1, one.requests("/a").size());
        assertEquals(1, one.requests("/b").size());
    }

    @Test
    void aLoopAcrossTwoHostsIsCaught() {
        one.redirect("/ping", 301, two.url("/pong"));
        two.redirect("/pong", 301, one.url("/ping"));
        FetchOutcome.Failure failure = assertInstanceOf(FetchOutcome.Failure.class, fetch(10, one.url("/ping")));
        assertEquals(FailureKind.REDIRECT_LOOP, failure.kind());
        assertTrue(failure.reason().contains(two.url("/pong")), failure.reason());
        assertEquals(1, one.requests("/ping").size());
        assertEquals(1, two.requests("/pong").size());
    }

    @Test
    void theVerdictReportsTheFinalUrlAndARedirectToADeadPageIsBroken() {
        one.page(
                "/index.html",
                "<a href='/moved'>m</a> <a href='/gone-now'>g</a> <a href='" + two.url("/old") + "'>x</a>"
                        + " <a href='/loop'>l</a>");
        one.redirect("/moved", 301, "/new.html").page("/new.html", "new").redirect("/gone-now", 302, "/missing");
        one.redirect("/loop", 302, "/loop");
        two.redirect("/old", 301, "/new").page("/new", "new");
        CheckResult result =
                Checks.run(Checks.quick().url(one.uri("/index.html")).checkPrivateAddresses(true));

        LinkResult moved = Checks.link(result, one.url("/moved"));
        assertEquals(Verdict.OK, moved.verdict());
        assertEquals(one.url("/new.html"), moved.finalUrl());
        LinkResult external = Checks.link(result, two.url("/old"));
        assertEquals(Verdict.OK, external.verdict());
        assertEquals(two.url("/new"), external.finalUrl());
        LinkResult dead = Checks.link(result, one.url("/gone-now"));
        assertEquals(Verdict.BROKEN, dead.verdict());
        assertEquals(404, dead.status());
        assertEquals("404 Not Found (after redirect to " + one.url("/missing") + ")", dead.reason());
        assertEquals(one.url("/missing"), dead.finalUrl());
        LinkResult loop = Checks.link(result, one.url("/loop"));
        assertEquals(Verdict.BROKEN, loop.verdict());
        assertTrue(loop.reason().startsWith("redirect loop"), loop.reason());
    }
}
