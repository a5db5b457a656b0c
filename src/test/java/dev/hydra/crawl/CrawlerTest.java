package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The crawl as a whole: every link once, ends when nothing is pending, never stuck, never a crash on bad links. */
class CrawlerTest {

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @RegisterExtension
    final TestServer other = TestServer.start("127.0.0.2");

    /**
     * Writes a site of {@code pages} pages in a few directories, each linking to {@code links} others (some
     * missing, some through anchors that exist or not, some to missing images).
     */
    private static void generateSite(Path root, int pages, int links, long seed) throws IOException {
        Random random = new Random(seed);
        for (int i = 0; i < pages; i++) {
            StringBuilder html = new StringBuilder("<html><body><h1 id='top-of-" + i + "'>Page " + i + "</h1>\n");
            if (i == 0) {
                for (int j = 1; j < pages; j++) {
                    html.append("<a href='/")
                            .append(pathOf(j))
                            .append("'>")
                            .append(j)
                            .append("</a>\n");
                }
            }
            for (int k = 0; k < links; k++) {
                int target = random.nextInt(pages);
                switch (random.nextInt(6)) {
                    case 0 -> html.append("<a href='/missing/").append(target).append(".html'>m</a>\n");
                    case 1 ->
                        html.append("<a href='/")
                                .append(pathOf(target))
                                .append("#top-of-")
                                .append(target)
                                .append("'>a</a>\n");
                    case 2 ->
                        html.append("<a href='/")
                                .append(pathOf(target))
                                .append("#gone")
                                .append(k)
                                .append("'>g</a>\n");
                    case 3 ->
                        html.append("<img src='/img/missing").append(target % 7).append(".png'>\n");
                    default -> html.append("<a href='/").append(pathOf(target)).append("'>p</a>\n");
                }
                if (k == 0) {
                    html.append("<a href='mailto:page").append(i).append("@example.org'>mail</a>\n");
                }
            }
            Path file = root.resolve(pathOf(i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, html.append("</body></html>").toString());
        }
    }

    private static String pathOf(int page) {
        return page == 0 ? "index.html" : "section" + (page % 5) + "/page" + page + ".html";
    }

    @Test
    void theSameCheckTenTimesGivesTheSameResults(@TempDir Path dir) throws IOException {
        generateSite(dir, 200, 12, 42);
        List<LinkResult> first = Checks.run(Checks.quick().directory(dir)).links();
        assertTrue(first.size() > 500, "the generated site has " + first.size() + " links");
        assertTrue(first.stream().anyMatch(link -> link.verdict() == Verdict.BROKEN));
        for (int run = 2; run <= 10; run++) {
            List<LinkResult> again = Checks.run(Checks.quick().directory(dir)).links();
            assertEquals(first, again, "run " + run + " differs from run 1");
        }
    }

    @Test
    void aSinglePoolThreadDoesNotDeadlockOnAFullQueue(@TempDir Path dir) throws IOException {
        generateSite(dir, 500, 25, 7);
        CheckResult result = assertTimeoutPreemptively(
                Duration.ofSeconds(120),
                () -> Checks.run(Checks.quick().directory(dir).threads(1).maxConnectionsPerHost(64)));
        // "/" and "/index.html" are one page of a served directory
        assertEquals(500, result.summary().pages());
    }

    @Test
    void unparsableUrlsAreBrokenLinksNotACrash() {
        site.page(
                "/index.html",
                "<a href='http://[::1'>a</a><a href='http://exa mple.com'>b</a><a href='ht!tp:'>c</a>"
                        + "<a href='/fine.html'>fine</a>");
        site.page("/fine.html", "fine");
        CheckResult result = Checks.run(Checks.quick().url(site.uri("/index.html")));
        for (String url : List.of("http://[::1", "http://exa mple.com", "ht!tp:")) {
            LinkResult link = Checks.link(result, url);
            assertEquals(Verdict.BROKEN, link.verdict(), url);
            assertTrue(link.reason().startsWith("invalid URL: " + url), link.reason());
        }
        assertEquals(Verdict.OK, Checks.link(result, site.url("/fine.html")).verdict());
    }

    @Test
    void otherSchemesAreCountedAsSkipped() {
        site.page(
                "/index.html",
                "<a href='mailto:a@example.org'>m</a><a href='tel:+15550100'>t</a>"
                        + "<a href='javascript:void(0)'>j</a><img src='data:image/gif;base64,R0lGOD'>");
        CheckResult result = Checks.run(Checks.quick().url(site.uri("/index.html")));
        assertEquals(4, result.summary().skipped());
        assertEquals(
                Verdict.SKIPPED, Checks.link(result, "mailto:a@example.org").verdict());
        assertEquals(1, site.requests().size(), "nothing but the page itself was requested");
    }

    @Test
    void aUrlWithAndWithoutFragmentIsFetchedOnce() {
        site.page(
                "/index.html",
                "<a href='" + other.url("/a") + "'>a</a>\n<a href='" + other.url("/a#x") + "'>ax</a>\n" + "<a href=' "
                        + other.url("/a") + " '>a again, with spaces</a>");
        other.status("/a", 200);
        CheckResult result =
                Checks.run(Checks.quick().url(site.uri("/index.html")).checkPrivateAddresses(true));
        assertEquals(1, other.requests("/a").size());
        assertEquals(Verdict.OK, Checks.link(result, other.url("/a")).verdict());
        assertEquals(Verdict.OK, Checks.link(result, other.url("/a#x")).verdict());
        assertEquals(2, Checks.link(result, other.url("/a")).sources().size(), "the trimmed link is the same link");
    }

    @Test
    void spacesNonAsciiAndBaseHrefReachTheServerAsABrowserSendsThem() {
        site.page("/index.html", "<base href='/docs/'><a href='my page.html'>s</a><a href='café.html'>c</a>");
        site.page("/docs/my%20page.html", "spaces").page("/docs/caf%C3%A9.html", "accent");
        CheckResult result = Checks.run(Checks.quick().url(site.uri("/index.html")));
        assertEquals(
                Verdict.OK,
                Checks.link(result, site.url("/docs/my%20page.html")).verdict());
        assertEquals(
                Verdict.OK,
                Checks.link(result, site.url("/docs/caf%C3%A9.html")).verdict());
    }
}
