package dev.hydra.faults;

import static dev.hydra.faults.Checks.link;
import static dev.hydra.faults.Checks.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page larger than maxPageSize is crawled only as far as it is read: the dead links past the cut are not found, so
 * the page itself is a warning that says so, for a served site's HTML as for a project's Markdown.
 */
class PagesReadInPartTest {

    private static final long MAX_PAGE_SIZE = 64 * 1024;

    @TempDir
    Path temp;

    private static String filler(int bytes) {
        return "<p>" + "x".repeat(bytes) + "</p>\n";
    }

    @Test
    void anHtmlPageWithADeadLinkPastTheCutIsAWarningNamingThePageAndMaxPageSize() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<a href=\"big.html\">big</a>\n<a href=\"small.html\">s</a>");
        Files.writeString(site.resolve("small.html"), "<p>small</p>");
        Files.writeString(
                site.resolve("big.html"),
                "<a href=\"early-dead.html\">e</a>\n" + filler(100 * 1024) + "<a href=\"late-dead.html\">l</a>");

        CheckResult result = run(
                CheckConfig.builder()
                        .directory(site)
                        .maxPageSize(MAX_PAGE_SIZE)
                        .progressInterval(Duration.ofHours(1))
                        .build(),
                Duration.ofSeconds(30));

        LinkResult big = link(result, "/big.html");
        assertEquals(Verdict.WARNING, big.verdict());
        assertEquals(ResultKind.PAGE_TRUNCATED, big.kind());
        assertTrue(big.reason().startsWith("page larger than maxPageSize (64 KB)"), big.reason());
        assertEquals(List.of(new Source("/", 1)), big.sources());
        assertEquals(Verdict.BROKEN, link(result, "/early-dead.html").verdict(), "the part read is crawled");
        assertTrue(result.links().stream().noneMatch(l -> l.url().contains("late-dead")));
        assertEquals(Verdict.OK, link(result, "/small.html").verdict());
        assertEquals(1, result.summary().warnings(), result.links().toString());
    }

    @Test
    void aMarkdownFileReadInPartIsTheSameWarningEvenWhenNoLinkLeadsToIt() throws IOException {
        Path base = Files.createDirectories(temp.resolve("project"));
        Files.writeString(base.resolve("README.md"), "[early](missing.md)\n\n" + "word ".repeat(20_000) + "\n");
        Files.writeString(base.resolve("small.md"), "[readme](README.md)\n");

        CheckResult result = run(
                CheckConfig.builder()
                        .filesRoot(base)
                        .files(List.of(base.resolve("README.md"), base.resolve("small.md")))
                        .maxPageSize(MAX_PAGE_SIZE)
                        .progressInterval(Duration.ofHours(1))
                        .build(),
                Duration.ofSeconds(30));

        LinkResult readme = link(result, "/README.md");
        assertEquals(ResultKind.PAGE_TRUNCATED, readme.kind(), readme.toString());
        assertTrue(readme.reason().startsWith("page larger than maxPageSize (64 KB)"), readme.reason());
        assertEquals(Verdict.BROKEN, link(result, "/missing.md").verdict());
        assertFalse(
                result.notices().stream().anyMatch(notice -> notice.contains("maxPageSize")),
                "one warning, no notice beside it: " + result.notices());
    }
}
