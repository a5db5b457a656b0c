package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import dev.hydra.output.SiteReportModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLinksRendererTest {

    private static final String HOSTILE = "https://example.org/\"><script>alert(1)</script>{evil, javascript:alert(2)}";

    @TempDir
    Path dir;

    @Test
    void brokenLinksGroupedByPageWithEscapedCrawledText() throws Exception {
        List<LinkResult> links = List.of(
                new LinkResult(
                        HOSTILE,
                        Verdict.BROKEN,
                        ResultKind.HTTP_STATUS,
                        404,
                        "404 <b>Not</b> Found",
                        null,
                        List.of(new Source("/a.html", 3), new Source("/b.html", 9))),
                new LinkResult(
                        "/gone.html",
                        Verdict.BROKEN,
                        ResultKind.MISSING_FILE,
                        404,
                        "file not found in site directory",
                        null,
                        List.of(new Source("/b.html", 4))),
                new LinkResult(
                        "https://example.org/ok",
                        Verdict.OK,
                        null,
                        200,
                        "200 OK",
                        null,
                        List.of(new Source("/a.html", 1))),
                new LinkResult(
                        "https://slow.example/",
                        Verdict.WARNING,
                        ResultKind.RATE_LIMITED,
                        429,
                        "429 Too Many Requests",
                        null,
                        List.of(new Source("/a.html", 2))));
        CheckResult result = new CheckResult(
                "/site",
                Instant.parse("2026-11-25T10:00:00Z"),
                Summary.of(2, links, 900),
                links,
                List.of(),
                Map.of("timeout", "10 s"));

        String html = render(new SiteReportModel(result), "From report.json.");

        assertFalse(html.contains("<script>alert(1)"), html);
        assertFalse(html.contains("<b>Not</b>"), html);
        assertFalse(html.contains("href=\"javascript:"), "no {text, url} pattern may become a link: " + html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(
                html.indexOf("/b.html (2)") < html.indexOf("/a.html (1)"),
                "pages with most broken links first: " + html);
        assertTrue(html.contains("<svg"), html);
        assertTrue(html.contains("429 Too Many Requests"), html);
        assertTrue(html.contains("timeout"), html);
    }

    @Test
    void everyBrokenLinkAndWarningShowsTheTitleOfItsKind() throws Exception {
        List<LinkResult> links = List.of(
                new LinkResult(
                        "/a.html#part",
                        Verdict.BROKEN,
                        ResultKind.MISSING_ANCHOR,
                        200,
                        "anchor #part not found on the page",
                        null,
                        List.of(new Source("/index.html", 3))),
                new LinkResult(
                        "https://gone.example/",
                        Verdict.BROKEN,
                        ResultKind.DNS,
                        0,
                        "unknown host",
                        null,
                        List.of(new Source("/index.html", 5))),
                new LinkResult(
                        "https://slow.example/",
                        Verdict.WARNING,
                        ResultKind.RATE_LIMITED,
                        429,
                        "429 Too Many Requests",
                        null,
                        List.of(new Source("/index.html", 7))),
                new LinkResult(
                        "http://start.example/",
                        Verdict.BROKEN,
                        ResultKind.TIMEOUT,
                        0,
                        "timed out after 10 s",
                        null,
                        List.of()));
        CheckResult result = new CheckResult(
                "/site", Instant.parse("2026-11-25T10:00:00Z"), Summary.of(1, links, 900), links, List.of(), Map.of());

        String html = render(new SiteReportModel(result), "From report.json.");

        String broken = html.substring(html.indexOf("Broken links ("), html.indexOf("Warnings ("));
        String warnings = html.substring(html.indexOf("Warnings ("), html.indexOf("Links by target"));
        assertEquals(
                3,
                count(broken, "<th>Kind</th>"),
                "the broken targets, the page's table and the table of links without a page: " + broken);
        assertTrue(broken.matches("(?s).*/a\\.html#part</td>\\s*<td>Anchor not found</td>\\s*<td>200</td>.*"), broken);
        assertTrue(
                broken.matches("(?s).*https://gone\\.example/</a></td>\\s*<td>Unknown host</td>\\s*<td>-</td>.*"),
                broken);
        assertTrue(broken.matches("(?s).*http://start\\.example/</a></td>\\s*<td>Timed out</td>.*"), broken);
        assertTrue(warnings.contains("<th>Kind</th>"), warnings);
        assertTrue(warnings.matches("(?s).*https://slow\\.example/</a></td>\\s*<td>Rate limited</td>.*"), warnings);
    }

    @Test
    void pagesOfACheckedUrlAndExternalTargetsAreLinksHostileUrlsAreNot() throws Exception {
        List<LinkResult> links = List.of(
                new LinkResult(
                        "https://gone.example/a?b=1&c=2",
                        Verdict.BROKEN,
                        ResultKind.DNS,
                        0,
                        "unknown host",
                        null,
                        List.of(new Source("/guide/intro.html", 3))),
                new LinkResult(
                        HOSTILE,
                        Verdict.BROKEN,
                        ResultKind.HTTP_STATUS,
                        404,
                        "404 Not Found",
                        null,
                        List.of(new Source("/guide/intro.html", 4))),
                new LinkResult(
                        "/missing.html",
                        Verdict.BROKEN,
                        ResultKind.MISSING_FILE,
                        404,
                        "404 Not Found",
                        null,
                        List.of(new Source("/guide/intro.html", 5))));
        CheckResult result = new CheckResult(
                "https://docs.example.org/",
                Instant.parse("2026-11-25T10:00:00Z"),
                Summary.of(1, links, 900),
                links,
                List.of(),
                Map.of());

        String html = render(new SiteReportModel(result), "From report.json.");

        assertTrue(html.contains("href=\"https://docs.example.org/guide/intro.html\">/guide/intro.html</a>"), html);
        assertTrue(
                html.contains("href=\"https://gone.example/a?b=1&amp;c=2\">https://gone.example/a?b=1&amp;c=2</a>"),
                html);
        assertFalse(html.contains("href=\"/missing.html"), "an internal target is text: " + html);
        assertFalse(html.contains("href=\"https://example.org/\\\""), html);
        assertFalse(html.contains("<script>alert(1)"), html);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void aPageGeneratedFromAKnownSourceShowsTheSourceLine() throws Exception {
        List<LinkResult> links = List.of(
                new LinkResult(
                        "/gone.html",
                        Verdict.BROKEN,
                        ResultKind.MISSING_FILE,
                        404,
                        "file not found in site directory",
                        null,
                        List.of(
                                new Source("/guide.html", 58).withSourceFile("src/site/markdown/guide.md", 7),
                                new Source("/plain.html", 4))),
                new LinkResult(
                        "https://slow.example/",
                        Verdict.WARNING,
                        ResultKind.RATE_LIMITED,
                        429,
                        "429 Too Many Requests",
                        null,
                        List.of(new Source("/guide.html", 60).withSourceFile("src/site/markdown/guide.md", 9))));
        CheckResult result = new CheckResult(
                "/site", Instant.parse("2026-11-25T10:00:00Z"), Summary.of(2, links, 900), links, List.of(), Map.of());

        String html = render(new SiteReportModel(result), "From report.json.");

        String broken = html.substring(html.indexOf("Broken links ("), html.indexOf("Warnings ("));
        assertEquals(
                1, count(broken, "<th>Source</th>"), "only the page with a known source has the column: " + broken);
        assertTrue(broken.matches("(?s).*<td>58</td>\\s*<td>src/site/markdown/guide\\.md:7</td>.*"), broken);
        String warnings = html.substring(html.indexOf("Warnings ("), html.indexOf("Links by target"));
        assertTrue(warnings.contains("/guide.html:60 (src/site/markdown/guide.md:9)"), warnings);
    }

    @Test
    void withoutResultsThePageSaysWhy() throws Exception {
        String html = render(null, "Nothing else to check: neither url nor directory is configured <for the report>.");

        assertTrue(html.contains("No link check results to show."), html);
        assertTrue(html.contains("neither url nor directory is configured &lt;for the report&gt;."), html);
    }

    private String render(SiteReportModel model, String provenance) throws Exception {
        new DeadLinksRenderer(new Xhtml5SinkFactory().createSink(dir.toFile(), "hydra.html"), model, provenance)
                .render();
        return Files.readString(dir.resolve("hydra.html"), StandardCharsets.UTF_8);
    }
}
