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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check after mvn site writes its results into the page the site rendered, keeping the skin around it. */
class RenderedReportPageTest {

    @TempDir
    Path site;

    @Test
    void theBodyIsReplacedAndTheSkinKept() throws Exception {
        Path page = site.resolve("hydra.html");
        Files.writeString(
                page,
                "<html><nav>menu</nav><main><!-- " + DeadLinksRenderer.BODY_BEGINS
                        + " --><table class=\"table table-striped\"></table><!-- " + DeadLinksRenderer.BODY_ENDS
                        + " --></main><footer>skin</footer></html>");
        LinkResult dead = new LinkResult(
                "/module-b/notes.html#nope",
                Verdict.BROKEN,
                ResultKind.MISSING_ANCHOR,
                200,
                "anchor #nope not found <b>on</b> the page",
                null,
                List.of(new Source("/module-a/usage.html", 7)));
        CheckResult result = new CheckResult(
                "staged site",
                Instant.parse("2026-12-06T10:00:00Z"),
                Summary.of(1, List.of(dead), 10),
                List.of(dead),
                List.of(),
                Map.of());

        assertTrue(RenderedReportPage.rewrite(page, new SiteReportModel(result, "/module-a/"), "From the check."));

        String html = Files.readString(page);
        assertTrue(html.startsWith("<html><nav>menu</nav><main>"), html);
        assertTrue(html.endsWith("</main><footer>skin</footer></html>"), html);
        assertTrue(html.contains("<table class=\"table table-striped\">"), "the skin's table style: " + html);
        assertFalse(html.contains("bodyTable"), html);
        assertTrue(html.contains("Broken links (1 on 1 page)"), html);
        assertTrue(html.contains("<a href=\"usage.html\">/module-a/usage.html</a>"), "the page, relatively: " + html);
        assertTrue(html.contains("&lt;b&gt;on&lt;/b&gt;"), "crawled text stays escaped");
        assertEquals(1, count(html, DeadLinksRenderer.BODY_BEGINS), "the markers stay, for the next check");

        assertTrue(RenderedReportPage.rewrite(page, new SiteReportModel(result, "/module-a/"), "Again."));
        assertEquals(1, count(Files.readString(page), "Broken links (1 on 1 page)"), "written again, not appended");
    }

    @Test
    void aPageWithoutTheBodyOrNoPageIsLeftAlone() throws Exception {
        Path other = site.resolve("hydra.html");
        Files.writeString(other, "<html>someone else's page</html>");
        CheckResult empty =
                new CheckResult("x", Instant.EPOCH, Summary.of(0, List.of(), 0), List.of(), List.of(), Map.of());

        assertFalse(RenderedReportPage.rewrite(other, new SiteReportModel(empty), "x"));
        assertEquals("<html>someone else's page</html>", Files.readString(other));
        assertFalse(RenderedReportPage.rewrite(site.resolve("none.html"), new SiteReportModel(empty), "x"));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
