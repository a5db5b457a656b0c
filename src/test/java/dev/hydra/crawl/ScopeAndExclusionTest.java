package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What is checked at all: excludes and includes, external links, crawl bounds, and the site's public address. */
class ScopeAndExclusionTest {

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @RegisterExtension
    final TestServer other = TestServer.start("127.0.0.2");

    @Test
    void excludedLinksAreCountedAndNeverRequested() {
        site.page(
                "/index.html",
                "<a href='/private/a.html'>a</a><a href='/private/b.html'>b</a>"
                        + "<a href='/public.html'>p</a><a href='" + other.url("/x") + "'>x</a>");
        site.page("/public.html", "public");
        other.status("/x", 200);
        CheckResult result = Checks.run(Checks.quick()
                .url(site.uri("/index.html"))
                .exclude(Pattern.compile("/private/"))
                .exclude(Pattern.compile("^http://127\\.0\\.0\\.2")));
        LinkResult excluded = Checks.link(result, site.url("/private/a.html"));
        assertEquals(Verdict.EXCLUDED, excluded.verdict());
        assertEquals("excluded by configuration", excluded.reason());
        assertEquals(3, result.summary().excluded());
        assertEquals(0, site.requests("/private/a.html").size());
        assertEquals(0, other.requests().size());
        assertEquals(Verdict.OK, Checks.link(result, site.url("/public.html")).verdict());
    }

    @Test
    void anExcludeCanNameOneAnchorAsTheReportShowsIt() {
        site.page(
                "/index.html",
                "<a href='/doc.html#part'>p</a><a href='/doc.html#intro'>i</a><a href='/doc.html#gone'>g</a>");
        site.page("/doc.html", "<h2 id='intro'>Intro</h2>");
        CheckResult result =
                Checks.run(Checks.quick().url(site.uri("/index.html")).exclude(Pattern.compile("/doc\\.html#part$")));
        assertEquals(
                Verdict.EXCLUDED,
                Checks.link(result, site.url("/doc.html#part")).verdict());
        assertEquals(
                Verdict.OK, Checks.link(result, site.url("/doc.html#intro")).verdict());
        assertEquals(
                Verdict.BROKEN, Checks.link(result, site.url("/doc.html#gone")).verdict());
        assertEquals(1, result.summary().excluded());
    }

    @Test
    void includesLimitTheCheckToMatchingLinks() {
        site.page("/index.html", "<a href='/docs/a.html'>a</a><a href='/blog/b.html'>b</a>");
        site.page("/docs/a.html", "a");
        CheckResult result = Checks.run(Checks.quick()
                .url(site.uri("/index.html"))
                .include(Pattern.compile("/index\\.html$"))
                .include(Pattern.compile("/docs/")));
        assertEquals(Verdict.OK, Checks.link(result, site.url("/docs/a.html")).verdict());
        assertEquals(
                Verdict.EXCLUDED, Checks.link(result, site.url("/blog/b.html")).verdict());
        assertEquals(1, result.summary().excluded());
        assertEquals(0, site.requests("/blog/b.html").size());
    }

    @Test
    void skipExternalLeavesOtherSitesSkippedNotBroken() {
        site.page("/index.html", "<a href='" + other.url("/dead") + "'>x</a><a href='/here.html'>h</a>");
        site.page("/here.html", "here");
        other.status("/dead", 404);
        CheckResult result =
                Checks.run(Checks.quick().url(site.uri("/index.html")).skipExternal(true));
        LinkResult external = Checks.link(result, other.url("/dead"));
        assertEquals(Verdict.SKIPPED, external.verdict());
        assertTrue(external.reason().contains("skipExternal"), external.reason());
        assertEquals(0, other.requests().size());
        assertEquals(Verdict.OK, Checks.link(result, site.url("/here.html")).verdict());
        assertEquals(0, result.summary().broken());
    }

    /** A chain of pages, each linking to the next: /p0.html -> /p1.html -> ... */
    private void chain(int pages) {
        for (int i = 0; i < pages; i++) {
            site.page("/p" + i + ".html", "<a href='/p" + (i + 1) + ".html'>next</a>");
        }
    }

    @Test
    void maxPagesBoundsTheCrawlAndSaysSo() {
        chain(10);
        CheckResult result = Checks.run(Checks.quick().url(site.uri("/p0.html")).maxPages(3));
        assertEquals(3, result.summary().pages());
        assertTrue(
                result.notices().stream().anyMatch(notice -> notice.startsWith("maxPages (3) reached")),
                result.notices().toString());
        assertEquals(0, site.requests("/p5.html").size());
    }

    @Test
    void maxDepthBoundsTheCrawlAndSaysSo() {
        chain(10);
        CheckResult result = Checks.run(Checks.quick().url(site.uri("/p0.html")).maxDepth(2));
        assertEquals(3, result.summary().pages(), "depths 0, 1 and 2 are crawled");
        assertEquals(Verdict.OK, Checks.link(result, site.url("/p3.html")).verdict(), "depth 3 is checked");
        assertEquals(0, site.requests("/p4.html").size(), "and not crawled");
        assertTrue(
                result.notices().stream().anyMatch(notice -> notice.startsWith("maxDepth (2) reached")),
                result.notices().toString());
    }

    @Test
    void aBoundNotReachedIsNotAnnounced() {
        chain(3);
        CheckResult result =
                Checks.run(Checks.quick().url(site.uri("/p0.html")).maxPages(10).maxDepth(10));
        assertEquals(java.util.List.of(), result.notices());
    }

    @Test
    void siteUrlLinksAreCheckedAgainstTheServedDirectory(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("index.html"),
                "<a href='https://docs.example.org/guide.html'>guide</a>"
                        + "<a href='https://docs.example.org/missing.html'>missing</a>"
                        + "<a href='https://docs.example.org/guide.html#setup'>setup</a>"
                        + "<a href='https://docs.example.org/guide.html#nowhere'>nowhere</a>");
        Files.writeString(dir.resolve("guide.html"), "<h2 id='setup'>Setup</h2>");
        CheckResult result = Checks.run(Checks.quick().directory(dir).siteUrl(URI.create("https://docs.example.org/")));
        assertEquals(Verdict.OK, Checks.link(result, "/guide.html").verdict());
        assertEquals(Verdict.OK, Checks.link(result, "/guide.html#setup").verdict());
        assertEquals(Verdict.BROKEN, Checks.link(result, "/guide.html#nowhere").verdict());
        LinkResult missing = Checks.link(result, "/missing.html");
        assertEquals(Verdict.BROKEN, missing.verdict());
        assertEquals("file not found in site directory", missing.reason());
        assertEquals(2, result.summary().pages());
    }

    @Test
    void anIncludeWrittenSiteAbsoluteMatchesLinksOfAServedDirectory(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(
                dir.resolve("index.html"),
                "<a href='docs/a.html'>a</a><a href='docs/gone.html'>gone</a>" + "<a href='other.html'>other</a>");
        Files.writeString(dir.resolve("docs/a.html"), "a");
        Files.writeString(dir.resolve("other.html"), "other");
        CheckResult result = Checks.run(
                Checks.quick().directory(dir).include(Pattern.compile("^/$")).include(Pattern.compile("^/docs/")));
        assertEquals(Verdict.OK, Checks.link(result, "/docs/a.html").verdict());
        assertEquals(Verdict.BROKEN, Checks.link(result, "/docs/gone.html").verdict());
        assertEquals(Verdict.EXCLUDED, Checks.link(result, "/other.html").verdict());
    }
}
