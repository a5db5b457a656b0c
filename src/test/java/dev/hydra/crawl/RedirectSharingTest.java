package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.Reply;
import dev.hydra.testing.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where a redirect ends is not fetched again when a link points straight at it. */
class RedirectSharingTest {

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @RegisterExtension
    final TestServer other = TestServer.start("127.0.0.2");

    /**
     * Checks a site whose start page links {@code redirecting} on the other host, and a second page linking straight
     * to {@code target}, where it redirects: that page is served only once the redirecting link has its verdict.
     */
    private CheckResult checkRedirectThenStraightLink(String redirecting, String target) {
        site.page("/index.html", "<a href='" + other.url(redirecting) + "'>x</a><a href='/later.html'>later</a>");
        return checkWithLaterPage("<a href='" + other.url(target) + "'>x</a>");
    }

    /**
     * Checks the site, serving {@code /later.html} (linked from the start page) only once the start page and the
     * other link on it have their verdicts: the crawl's progress reports say when, so no test waits on a clock.
     */
    private CheckResult checkWithLaterPage(String laterHtml) {
        CountDownLatch othersDone = new CountDownLatch(1);
        site.route("/later.html", request -> {
            try {
                othersDone.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.html(laterHtml);
        });
        CheckListener listener = new CheckListener() {
            @Override
            public void progress(Progress progress) {
                if (progress.urlsChecked() >= 2) { // the start page and the redirecting link; later.html is waiting
                    othersDone.countDown();
                }
            }
        };
        return Checks.run(
                Checks.quick()
                        .url(site.uri("/index.html"))
                        .checkPrivateAddresses(true)
                        .progressInterval(Duration.ofMillis(5)),
                listener);
    }

    @Test
    void aRedirectTargetLinkedLaterIsNotAskedAgain() {
        other.redirect("/old", 301, other.url("/new")).status("/new", 200);
        CheckResult result = checkRedirectThenStraightLink("/old", "/new");

        assertEquals(List.of("HEAD"), other.methods("/new"), "asked once, as the redirect's last hop");
        LinkResult direct = Checks.link(result, other.url("/new"));
        assertEquals(Verdict.OK, direct.verdict());
        assertEquals("200 OK", direct.reason());
        assertNull(direct.finalUrl(), "the link straight to the page was not redirected");
        assertEquals(other.url("/new"), Checks.link(result, other.url("/old")).finalUrl());
    }

    @Test
    void aDeadRedirectTargetIsDeadForTheLinkStraightToItToo() {
        other.redirect("/moved", 302, other.url("/gone")).status("/gone", 404);
        CheckResult result = checkRedirectThenStraightLink("/moved", "/gone");

        assertEquals(List.of("HEAD"), other.methods("/gone"));
        LinkResult direct = Checks.link(result, other.url("/gone"));
        assertEquals(Verdict.BROKEN, direct.verdict());
        assertEquals("404 Not Found", direct.reason(), "no 'after redirect' for a link that was not redirected");
        assertEquals(
                "404 Not Found (after redirect to " + other.url("/gone") + ")",
                Checks.link(result, other.url("/moved")).reason());
    }

    @Test
    void anExternalRedirectIntoTheSiteDoesNotStandForCrawlingThePage() {
        other.redirect("/to-site", 301, site.url("/inside.html"));
        site.page("/index.html", "<a href='" + other.url("/to-site") + "'>in</a><a href='/later.html'>later</a>")
                .page("/inside.html", "<a href='/deeper.html'>deeper</a>");

        CheckResult result = checkWithLaterPage("<a href='/inside.html'>inside</a>");

        assertEquals(
                List.of("HEAD", "GET"), site.methods("/inside.html"), "the HEAD from elsewhere, then the crawl's GET");
        assertEquals(
                Verdict.BROKEN, Checks.link(result, site.url("/deeper.html")).verdict(), "the page was crawled");
    }

    /**
     * A page of the site reached through a redirect is crawled under the URL it is served at, whichever link reaches
     * it first: its links' places name that page alone, the same in every run.
     */
    @Test
    void aPageReachedThroughARedirectIsCrawledUnderItsOwnUrl() {
        site.redirect("/guide", 301, site.url("/guide/"))
                .page("/guide/", "<a href='/guide/gone.html'>dead</a>")
                .page("/index.html", "<a href='/guide'>guide</a><a href='/later.html'>later</a>");

        CheckResult result = checkWithLaterPage("<a href='/guide/'>guide</a>");

        LinkResult dead = Checks.link(result, site.url("/guide/gone.html"));
        assertEquals(Verdict.BROKEN, dead.verdict());
        assertEquals(
                List.of(site.url("/guide/")),
                dead.sources().stream().map(source -> source.page()).distinct().toList(),
                "the page as it is served, not the URL that redirected to it");
        assertEquals(
                site.url("/guide/"), Checks.link(result, site.url("/guide")).finalUrl());
    }
}
