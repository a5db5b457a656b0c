package dev.hydra.output;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A small check result whose crawled strings try to break out of every format. */
final class Results {

    static final String HOSTILE_URL = "https://example.org/\"><script>alert(1)</script>";
    static final String PIPE_URL = "https://example.org/a|b`c`\nd";

    private Results() {}

    static CheckResult hostile() {
        List<LinkResult> links = List.of(
                new LinkResult(
                        HOSTILE_URL,
                        Verdict.BROKEN,
                        ResultKind.HTTP_STATUS,
                        404,
                        "404 Not Found",
                        null,
                        List.of(new Source("/about.html", 3), new Source("/index.html", 12))),
                new LinkResult(
                        PIPE_URL,
                        Verdict.BROKEN,
                        ResultKind.CONNECTION,
                        0,
                        "connection refused <b>\u0000\u0001",
                        null,
                        List.of(new Source("/index.html", 14))),
                new LinkResult(
                        "https://example.org/ok",
                        Verdict.OK,
                        null,
                        200,
                        "200 OK",
                        null,
                        "/docs/ok.md#judged",
                        List.of(new Source("/index.html", 5), new Source("/contact.html", 2))),
                new LinkResult(
                        "https://example.org/slow",
                        Verdict.WARNING,
                        ResultKind.RATE_LIMITED,
                        429,
                        "429 Too Many Requests",
                        null,
                        List.of(new Source("/contact.html", 8))));
        return new CheckResult(
                "http://127.0.0.1:1234/ (directory site)",
                Instant.parse("2026-11-25T10:00:00Z"),
                Summary.of(3, links, 1500),
                links,
                List.of("maxPages reached: <stop>"),
                Map.of("acceptedStatusCodes", "200-299"));
    }

    /**
     * A dead link on a page generated from Markdown, one on a source without the link, one on a page of no source,
     * one in an inherited menu; a warning on a Javadoc page.
     */
    static CheckResult withSources() {
        List<LinkResult> links = List.of(
                new LinkResult(
                        "/gone.html",
                        Verdict.BROKEN,
                        ResultKind.MISSING_FILE,
                        404,
                        "404 Not Found",
                        null,
                        List.of(
                                new Source("/guide.html", 40).withSourceFile("src/site/markdown/guide.md", 7),
                                new Source("/other.html", 9).withSourceFile("src/site/apt/other.apt", 0),
                                new Source("/project-info.html", 3),
                                new Source("/index.html", 12).withSourceNote(Source.INHERITED))),
                new LinkResult(
                        "https://example.org/slow",
                        Verdict.WARNING,
                        ResultKind.RATE_LIMITED,
                        429,
                        "429 Too Many Requests",
                        null,
                        List.of(new Source("/apidocs/org/example/Foo.html", 80)
                                .withSourceFile("src/main/java/org/example/Foo.java", 4))));
        return new CheckResult(
                "target/site",
                Instant.parse("2026-11-25T10:00:00Z"),
                Summary.of(4, links, 100),
                links,
                List.of(),
                Map.of());
    }

    static String render(ReportFormat format, CheckResult result) throws IOException {
        StringWriter out = new StringWriter();
        format.write(result, out);
        return out.toString();
    }
}
