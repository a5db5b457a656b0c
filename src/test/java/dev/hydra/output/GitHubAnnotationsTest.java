package dev.hydra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Workflow commands that put each dead link on the line of the file that holds it in a pull request. */
class GitHubAnnotationsTest {

    private static CheckResult resultOf(List<LinkResult> links) {
        return new CheckResult("README.md", Instant.EPOCH, Summary.of(1, links, 1), links, List.of(), Map.of());
    }

    @Test
    void eachPlaceOfADeadLinkIsOneCommandOnItsFileAndLine() {
        CheckResult result = resultOf(List.of(
                new LinkResult(
                        "/docs/upgrade.md",
                        Verdict.BROKEN,
                        ResultKind.MISSING_FILE,
                        0,
                        "file not found: docs/upgrade.md",
                        null,
                        List.of(new Source("/README.md", 7), new Source("/a.md", 0))),
                new LinkResult(
                        "https://slow.example/x,y",
                        Verdict.WARNING,
                        ResultKind.RATE_LIMITED,
                        429,
                        "429 Too Many Requests: 100%\nbusy",
                        null,
                        List.of(new Source("https://site.example/p", 3))),
                new LinkResult(
                        "https://ok.example/",
                        Verdict.OK,
                        null,
                        200,
                        "200 OK",
                        null,
                        List.of(new Source("/a.md", 1)))));

        List<String> lines = GitHubAnnotations.lines(
                result, page -> page.endsWith(".md") ? page.substring(1) : null, 50, "target/hydra/report.json");

        assertEquals(
                List.of(
                        "::error file=README.md,line=7,title=Dead link::/docs/upgrade.md: file not found: docs/upgrade.md",
                        "::error file=a.md,title=Dead link::/docs/upgrade.md: file not found: docs/upgrade.md",
                        "::warning title=Link warning::https://slow.example/x,y: 429 Too Many Requests: 100%25%0Abusy"
                                + " (on https://site.example/p:3)"),
                lines);
    }

    @Test
    void aKnownSourceFileIsAnnotatedInsteadOfTheGeneratedPage() {
        List<String> lines = GitHubAnnotations.lines(
                Results.withSources(),
                page -> "target/site" + page,
                sourceFile -> "module/" + sourceFile,
                50,
                "target/hydra/report.json");

        assertEquals(
                "::error file=module/src/site/markdown/guide.md,line=7,title=Dead link::/gone.html: 404 Not Found",
                lines.get(0));
        assertEquals(
                "::error file=module/src/site/apt/other.apt,title=Dead link::/gone.html: 404 Not Found", lines.get(1));
        assertEquals(
                "::error file=target/site/project-info.html,line=3,title=Dead link::/gone.html: 404 Not Found",
                lines.get(2));
        assertEquals(
                "::error title=Dead link::/gone.html: 404 Not Found (on /index.html:12, " + Source.INHERITED + ")",
                lines.get(3),
                "an inherited menu's link is in no file of the build: the page is named in the message");
        assertEquals(
                "::warning file=module/src/main/java/org/example/Foo.java,line=4,title=Link warning::"
                        + "https://example.org/slow: 429 Too Many Requests",
                lines.get(4));
    }

    @Test
    void theListIsCappedWithANoticeOfTheRest() {
        List<Source> places = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            places.add(new Source("/p" + i + ".md", i));
        }
        CheckResult result = resultOf(List.of(new LinkResult(
                "/gone.md", Verdict.BROKEN, ResultKind.MISSING_FILE, 0, "file not found: gone.md", null, places)));

        List<String> lines = GitHubAnnotations.lines(result, page -> page.substring(1), 50, "target/hydra/report.json");

        assertEquals(51, lines.size());
        assertEquals(
                "::notice title=More dead links::70 more dead link places are not annotated; all of them are in"
                        + " target/hydra/report.json",
                lines.get(50));
    }
}
