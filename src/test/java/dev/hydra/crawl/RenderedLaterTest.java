package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site checked while its generator still writes it (the Dead Links page during mvn site): the pages it writes later,
 * and the folders of modules written after it, are neither judged missing nor crawled in an earlier build's copy;
 * every other page is judged as it is.
 */
class RenderedLaterTest {

    @Test
    void pagesWrittenLaterAreSkippedAndNotCrawled(@TempDir Path site) throws IOException {
        Files.writeString(site.resolve("index.html"), """
                <a href="guide.html">guide</a> <a href="gone.html">gone</a>
                <a href="hydra.html">dead links</a> <a href="project-reports.html#top">reports</a>
                <a href="summary.html?x=1">summary</a>
                <a href="module-a/">module A</a> <a href="module-a/usage.html#setup">its usage</a>
                <a href="module-ab/other.html">not module A</a>
                """);
        Files.writeString(site.resolve("guide.html"), "<h1 id='top'>Guide</h1>");
        // an earlier build's page, which this build writes again later: its links are not this build's
        Files.writeString(site.resolve("hydra.html"), "<a href='old-dead-link.html'>old</a>");

        CheckResult result = Checks.run(Checks.quick()
                .directory(site)
                .pagesRenderedLater(Set.of("/hydra.html", "/project-reports.html", "/summary.html", "/module-a/")));

        List<String> broken =
                result.withVerdict(Verdict.BROKEN).stream().map(LinkResult::url).toList();
        assertEquals(List.of("/gone.html", "/module-ab/other.html"), broken);
        for (String later : List.of(
                "/hydra.html",
                "/project-reports.html#top",
                "/summary.html?x=1",
                "/module-a/",
                "/module-a/usage.html#setup")) {
            LinkResult link = Checks.link(result, later);
            assertEquals(Verdict.SKIPPED, link.verdict(), later);
            assertEquals(ResultKind.RENDERED_LATER, link.kind(), later);
        }
        assertEquals(2, result.summary().pages(), "the earlier build's hydra.html is not crawled");
    }
}
