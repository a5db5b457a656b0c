package dev.hydra.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    void aLineWithoutATabStopsTheReadNamingTheFileAndLine() throws IOException {
        Path file = folder.resolve("hydra-baseline.txt");
        Files.writeString(file, "# header\n/missing.html /index.html\n");
        MalformedBaselineException e = assertThrows(MalformedBaselineException.class, () -> BaselineFile.read(file));
        assertEquals(
                file + " line 2 is not a baseline entry (it has no tab): " + BaselineFile.LINE_SHAPE
                        + ". Fix the line, or regenerate the file with mvn hydra:baseline",
                e.getMessage());
    }

    @Test
    void aLineWithAnEmptyLinkStopsTheRead() throws IOException {
        Path file = folder.resolve("hydra-baseline.txt");
        Files.writeString(file, "/a\t/b\n\t/index.html\n");
        MalformedBaselineException e = assertThrows(MalformedBaselineException.class, () -> BaselineFile.read(file));
        assertTrue(e.getMessage().contains(" line 2 is not a baseline entry (its link is empty)"), e.getMessage());
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
