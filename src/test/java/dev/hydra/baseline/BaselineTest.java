package dev.hydra.baseline;

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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a baseline, reading it back, and what comparing a check with it finds. */
class BaselineTest {

    @TempDir
    Path folder;

    private static LinkResult broken(String url, Source... sources) {
        return new LinkResult(
                url, Verdict.BROKEN, ResultKind.MISSING_FILE, 404, "file not found", null, List.of(sources));
    }

    private static CheckResult result(LinkResult... links) {
        List<LinkResult> list = List.of(links);
        return new CheckResult("/site", Instant.EPOCH, Summary.of(1, list, 0), list, List.of(), Map.of());
    }

    private static final CheckResult TODAY = result(
            broken("/a.html#gone", new Source("/index.html", 4)),
            broken("/missing.html", new Source("/b.html", 7), new Source("/b.html", 9), new Source("/index.html", 3)),
            new LinkResult(
                    "https://example.org/slow",
                    Verdict.WARNING,
                    ResultKind.RATE_LIMITED,
                    429,
                    "429",
                    null,
                    List.of(new Source("/index.html", 5))),
            new LinkResult("/ok.html", Verdict.OK, null, 200, "200 OK", null, List.of(new Source("/index.html", 6))));

    @Test
    void writesOneSortedLinePerBrokenLinkAndPageUnderAHeader() throws IOException {
        Path file = folder.resolve("hydra-baseline.txt");
        assertEquals(3, BaselineFile.write(TODAY, file));
        assertEquals(
                BaselineFile.HEADER
                        + "/a.html#gone\t/index.html\n"
                        + "/missing.html\t/b.html\n"
                        + "/missing.html\t/index.html\n",
                Files.readString(file));
        byte[] first = Files.readAllBytes(file);
        BaselineFile.write(TODAY, file);
        assertEquals(
                new String(first, StandardCharsets.UTF_8),
                Files.readString(file),
                "the same run writes the same bytes");
    }

    @Test
    void aCheckWithEveryPlaceListedHasOnlyKnownBrokenLinks() throws IOException {
        Path file = folder.resolve("hydra-baseline.txt");
        BaselineFile.write(TODAY, file);
        CheckResult compared = BaselineFile.read(file).compare(TODAY);
        BaselineOutcome outcome = compared.baseline().orElseThrow();
        assertEquals(3, outcome.known().size());
        assertEquals(List.of(), outcome.fixed());
        assertEquals(List.of(), compared.newlyBroken());
        assertEquals(2, compared.knownBroken().size());
        assertEquals(2, compared.summary().broken(), "verdicts stay as they are");
    }

    @Test
    void aNewPlaceOfAKnownLinkIsNewAndAnEntryNoLongerBrokenIsFixedWithItsLine() throws IOException {
        Path file = folder.resolve("hydra-baseline.txt");
        Files.writeString(file, "# comment\n\n/missing.html\t/index.html\r\n/fixed.html\t/index.html\n");
        CheckResult compared = BaselineFile.read(file).compare(TODAY);
        assertEquals(
                List.of(new LinkPlace("/missing.html", "/index.html")),
                compared.baseline().orElseThrow().known());
        assertEquals(
                List.of(new BaselineOutcome.FixedEntry(4, new LinkPlace("/fixed.html", "/index.html"))),
                compared.baseline().orElseThrow().fixed());
        List<LinkResult> failing = compared.newlyBroken();
        assertEquals(
                List.of("/a.html#gone", "/missing.html"),
                failing.stream().map(LinkResult::url).toList());
        assertEquals(
                List.of(new Source("/b.html", 7), new Source("/b.html", 9)),
                failing.get(1).sources(),
                "only the places the baseline does not list");
        assertEquals(
                List.of(new Source("/index.html", 3)),
                compared.knownBroken().get(0).sources());
    }

    @Test
    void aLineWithoutATabIsLeftOutWithANoticeNamingTheFileAndLine() throws IOException {
        Path file = folder.resolve("hydra-baseline.txt");
        Files.writeString(file, "# header\n/missing.html /index.html\n/a.html#gone\t/index.html\n");
        Baseline baseline = BaselineFile.read(file);
        assertEquals(
                List.of(new LinkPlace("/a.html#gone", "/index.html")),
                baseline.entries().stream().map(BaselineEntry::place).toList());
        assertEquals(
                List.of(file + " line 2 is not a baseline entry (it has no tab) and is left out: "
                        + BaselineFile.LINE_SHAPE + ". Fix the line, or regenerate the file with mvn hydra:baseline"),
                baseline.notices());
    }

    @Test
    void aLineWithAnEmptyLinkIsLeftOutAndManyBadLinesAreCounted() throws IOException {
        Path file = folder.resolve("hydra-baseline.txt");
        StringBuilder text = new StringBuilder("/a\t/b\n\t/index.html\n");
        for (int i = 0; i < 20; i++) {
            text.append("no tab ").append(i).append('\n');
        }
        Files.writeString(file, text);
        Baseline baseline = BaselineFile.read(file);
        assertEquals(1, baseline.entries().size());
        assertTrue(baseline.notices().get(0).contains(" line 2 is not a baseline entry (its link is empty)"));
        assertEquals(
                BaselineFile.MAX_LINE_NOTICES + 1,
                baseline.notices().size(),
                baseline.notices().toString());
        assertTrue(baseline.notices().get(BaselineFile.MAX_LINE_NOTICES).contains("16 more lines"));
    }

    @Test
    void aFileResavedWithAByteOrderMarkAndTrailingSpacesMatchesAsWrittenAndNothingIsFixed() throws IOException {
        Path file = folder.resolve("hydra-baseline.txt");
        BaselineFile.write(TODAY, file);
        String resaved = "\uFEFF" + Files.readString(file).replace("\n", "  \r\n");
        Files.writeString(file, resaved, StandardCharsets.UTF_8);

        Baseline baseline = BaselineFile.read(file);
        assertEquals(List.of(), baseline.notices());
        CheckResult compared = baseline.compare(TODAY);
        assertEquals(List.of(), compared.newlyBroken());
        assertEquals(List.of(), compared.baseline().orElseThrow().fixed());
    }

    @Test
    void anEntryAfterAByteOrderMarkMatches() throws IOException {
        Path file = folder.resolve("hydra-baseline.txt");
        Files.writeString(file, "\uFEFF/a.html#gone\t/index.html\t \n", StandardCharsets.UTF_8);
        CheckResult compared = BaselineFile.read(file).compare(TODAY);
        assertEquals(
                List.of(new LinkPlace("/a.html#gone", "/index.html")),
                compared.baseline().orElseThrow().known());
    }

    @Test
    void onlyTheEntriesThatFitAreKeptWithANoticeAndALineTooLongIsNamed() throws IOException {
        Path file = folder.resolve("hydra-baseline.txt");
        Files.writeString(file, "/1\t/i\n/2\t/i\n/" + "x".repeat(BaselineFile.MAX_LINE_LENGTH) + "\t/i\n/3\t/i\n");
        Baseline baseline = BaselineFile.read(file, 2);
        assertEquals(2, baseline.entries().size());
        assertTrue(
                baseline.notices().get(0).contains("line 3 is not a baseline entry (it is longer than"),
                baseline.notices().toString());
        assertTrue(
                baseline.notices().get(1).contains("the last 1 are left out"),
                baseline.notices().toString());
    }

    @Test
    void aTabOrLineBreakInAPageIsWrittenEscapedAndStillMatches() throws IOException {
        CheckResult odd = result(broken("/x.html", new Source("/we\tird\nname.md", 1)));
        Path file = folder.resolve("hydra-baseline.txt");
        BaselineFile.write(odd, file);
        assertTrue(Files.readString(file).endsWith("/x.html\t/we%09ird%0Aname.md\n"));
        assertEquals(List.of(), BaselineFile.read(file).compare(odd).newlyBroken());
    }
}
