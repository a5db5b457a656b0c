package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.Reply;
import dev.hydra.testing.TestServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** External links are checked with HEAD, and with GET where HEAD is refused; the site's own pages with GET. */
class HeadFallbackTest {

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @RegisterExtension
    final TestServer other = TestServer.start("127.0.0.2");

    private CheckResult checkSiteLinkingTo(String... externalPaths) {
        StringBuilder html = new StringBuilder("<a href='/page.html'>page</a>");
        for (String path : externalPaths) {
            html.append("<a href='").append(other.url(path)).append("'>x</a>\n");
        }
        site.page("/index.html", html.toString()).page("/page.html", "<p>a page</p>");
        return Checks.run(Checks.quick().url(site.uri("/index.html")).checkPrivateAddresses(true));
    }

    @ParameterizedTest
    @ValueSource(ints = {405, 501, 400, 403})
    void aRefusedHeadIsTriedAgainWithGet(int refusal) {
        other.route("/x", request -> request.method().equals("HEAD") ? Reply.status(refusal) : Reply.html("ok"));
        CheckResult result = checkSiteLinkingTo("/x");
        assertEquals(Verdict.OK, Checks.link(result, other.url("/x")).verdict());
        assertEquals(List.of("HEAD", "GET"), other.methods("/x"));
    }

    @Test
    void aConnectionDroppedOnHeadIsTriedAgainWithGet() {
        other.route("/x", request -> request.method().equals("HEAD") ? Reply.dropConnection() : Reply.html("ok"));
        CheckResult result = checkSiteLinkingTo("/x");
        assertEquals(Verdict.OK, Checks.link(result, other.url("/x")).verdict());
        List<String> methods = other.methods("/x");
        assertEquals("GET", methods.get(methods.size() - 1), methods.toString());
        assertTrue(methods.contains("HEAD"), methods.toString());
    }

    @Test
    void aHeadThatCrashesWith500IsTriedAgainWithGet() {
        other.route("/x", request -> request.method().equals("HEAD") ? Reply.status(500) : Reply.html("ok"));
        CheckResult result = checkSiteLinkingTo("/x");
        assertEquals(Verdict.OK, Checks.link(result, other.url("/x")).verdict());
        assertEquals(List.of("HEAD", "GET"), other.methods("/x"));
    }

    @Test
    void aLinkWhoseConnectionIsAlwaysDroppedIsAskedRetriesPlusOneTimes() throws Exception {
        other.route("/drops", request -> Reply.dropConnection());
        site.page("/index.html", "<a href='" + other.url("/drops") + "'>x</a>");
        List<String> asked = new CopyOnWriteArrayList<>();
        CheckListener requests = new CheckListener() {
            @Override
            public boolean wantsRequests() {
                return true;
            }

            @Override
            public void request(String line) {
                if (line.contains("/drops")) {
                    asked.add(line.substring(0, line.indexOf(' ')));
                }
            }
        };
        CheckResult result = new LinkCheck(
                        Checks.quick()
                                .url(site.uri("/index.html"))
                                .checkPrivateAddresses(true)
                                .retries(2)
                                .build(),
                        requests)
                .run();
        assertEquals(Verdict.BROKEN, Checks.link(result, other.url("/drops")).verdict());
        // the GET after the dropped HEAD is its first retry; the server may count more requests, since the JDK client
        // repeats a request once by itself when a reused connection drops
        assertEquals(List.of("HEAD", "GET", "GET"), asked);
    }

    @Test
    void aHeadThatWorksIsEnoughAndADeadPageIsNotAskedTwice() {
        other.status("/fine", 200).status("/dead", 404);
        CheckResult result = checkSiteLinkingTo("/fine", "/dead");
        assertEquals(Verdict.OK, Checks.link(result, other.url("/fine")).verdict());
        LinkResult dead = Checks.link(result, other.url("/dead"));
        assertEquals(Verdict.BROKEN, dead.verdict());
        assertEquals("404 Not Found", dead.reason());
        assertEquals(List.of("HEAD"), other.methods("/fine"));
        assertEquals(List.of("HEAD"), other.methods("/dead"));
    }

    /** A 405 on GET too is the link's verdict at once; a 500 on GET too is tried again, as any server error. */
    @ParameterizedTest
    @CsvSource({"405, HEAD GET", "500, HEAD GET GET"})
    void anErrorOnGetTooIsBroken(int status, String methodsAsked) {
        other.status("/never", status);
        CheckResult result = checkSiteLinkingTo("/never");
        LinkResult never = Checks.link(result, other.url("/never"));
        assertEquals(Verdict.BROKEN, never.verdict());
        assertEquals(status, never.status());
        assertEquals(List.of(methodsAsked.split(" ")), other.methods("/never"));
    }

    @Test
    void theSitesOwnPagesAreFetchedWithGet() {
        checkSiteLinkingTo();
        assertEquals(List.of("GET"), site.methods("/index.html"));
        assertEquals(List.of("GET"), site.methods("/page.html"));
    }
}
