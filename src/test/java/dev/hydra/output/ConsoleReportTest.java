package dev.hydra.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.BaselineOutcome;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkPlace;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build log's list of dead links, also when there are ten thousand of them. */
class ConsoleReportTest {

    /**
     * 10,000 broken links: one target linked from 3,000 pages (a template's link), one from 40, and 9,998 missing
     * anchors each on one page.
     */
    private static List<LinkResult> tenThousandBroken() {
        List<LinkResult> links = new ArrayList<>();
        links.add(broken("https://gone.example.org/", ResultKind.DNS, "unknown host", pages(3000)));
        links.add(broken("/old/logo.png", ResultKind.MISSING_FILE, "file not found in site directory", pages(40)));
        for (int i = 0; i < 9998; i++) {
            links.add(broken(
                    String.format(Locale.ROOT, "/page%05d.html#top-%d", i, i),
                    ResultKind.MISSING_ANCHOR,
                    "anchor #top-" + i + " not found on the page",
                    List.of(new Source("/page" + i + ".html", 7))));
        }
        return links;
    }

    @Test
    void tenThousandDeadLinksTakeAHundredLinesAndTheBiggestCausesComeFirst() {
        String text = ConsoleReport.describe(
                tenThousandBroken(), ConsoleReport.DEFAULT_MAX_LINKS, "target/hydra/report.json");
        String[] lines = text.split("\n");

        assertEquals(1 + 2 * 50 + 1, lines.length, "the kinds, two lines per entry, the closing line");
        assertEquals("  by kind: 9,998 missing-anchor, 1 missing-file, 1 dns", lines[0]);
        assertEquals("  https://gone.example.org/ : unknown host", lines[1]);
        assertEquals("      on 3,000 pages, such as /p0.html:3, /p1.html:3, /p10.html:3, ...", lines[2]);
        assertEquals("  /old/logo.png : file not found in site directory", lines[3]);
        assertEquals("      on 40 pages, such as /p0.html:3, /p1.html:3, /p10.html:3, ...", lines[4]);
        assertEquals("      on /page0.html:7", lines[6]);
        assertEquals(
                "  ... and 9,950 more (in 9,950 places), listed in target/hydra/report.json;"
                        + " -Dhydra.maxConsoleLinks=-1 or -X lists them all here",
                lines[lines.length - 1]);
    }

    @Test
    void minusOneListsEveryLink() {
        String text = ConsoleReport.describe(tenThousandBroken(), -1, "report.json");
        assertEquals(1 + 2 * 10_000, text.split("\n").length);
        assertTrue(!text.contains("more (in"), "no closing line when everything is shown");
    }

    @Test
    void aLinkOnOnePageSeveralTimesCountsItsPlacesAndPages() {
        LinkResult link = broken(
                "/x.html",
                ResultKind.MISSING_FILE,
                "file not found",
                List.of(
                        new Source("/a.html", 1),
                        new Source("/a.html", 2),
                        new Source("/a.html", 3),
                        new Source("/b.html", 4)));
        assertEquals(
                "      on 4 places on 2 pages, such as /a.html:1, /a.html:2, /a.html:3, ...",
                ConsoleReport.describe(List.of(link)).split("\n")[2]);
    }

    @Test
    void fixedBaselineEntriesAreCappedLikeLinks() {
        List<BaselineOutcome.FixedEntry> fixed = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            fixed.add(new BaselineOutcome.FixedEntry(i + 5, new LinkPlace("/gone" + i + ".html", "/index.html")));
        }
        CheckResult result = new CheckResult(
                        "/site", Instant.EPOCH, Summary.of(1, List.of(), 0), List.of(), List.of(), Map.of())
                .withBaseline(new BaselineOutcome("hydra-baseline.txt", List.of(), fixed));

        String[] lines = ConsoleReport.fixedEntries(result, 50).split("\n");

        assertEquals(1 + 50 + 1, lines.length);
        assertEquals("120 baseline entries are no longer broken: delete these lines from hydra-baseline.txt", lines[0]);
        assertEquals("  line 5: /gone0.html\t/index.html", lines[1]);
        assertEquals(
                "  ... and 70 more, listed in report.json (baseline.fixed); mvn hydra:baseline writes the file anew",
                lines[51]);
    }

    private static List<Source> pages(int count) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sources.add(new Source("/p" + i + ".html", 3));
        }
        sources.sort(null);
        return sources;
    }

    private static LinkResult broken(String url, ResultKind kind, String reason, List<Source> sources) {
        return new LinkResult(url, Verdict.BROKEN, kind, 0, reason, null, sources);
    }
}
