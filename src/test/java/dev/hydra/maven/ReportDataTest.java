package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.Summary;
import dev.hydra.output.JsonReport;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDataTest {

    @TempDir
    Path project;

    private Path results;
    private Path siteOutput;
    private Path siteInput;
    private final AtomicInteger checks = new AtomicInteger();
    private final CheckResult fresh = result("fresh check");

    @BeforeEach
    void layout() throws Exception {
        results = project.resolve("target/hydra/report.json");
        siteOutput = project.resolve("target/site");
        siteInput = Files.createDirectories(project.resolve("src/html"));
        Files.writeString(siteInput.resolve("index.html"), "<p>hi</p>");
        Files.setLastModifiedTime(
                siteInput.resolve("index.html"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void resultsNewerThanTheSiteInputAreShown() throws Exception {
        writeResults(Instant.parse("2026-06-01T00:00:00Z"));

        ReportData data = load(false, siteInput);

        assertEquals("from check", data.result().start());
        assertEquals(0, checks.get());
        assertTrue(data.provenance().startsWith("Results of hydra:check"), data.provenance());
    }

    @Test
    void resultsOlderThanTheSiteInputAreCheckedAgain() throws Exception {
        writeResults(Instant.parse("2025-06-01T00:00:00Z"));

        ReportData data = load(false, siteInput);

        assertSame(fresh, data.result());
        assertTrue(
                data.provenance().contains("is older than") && data.provenance().contains("index.html"),
                data.provenance());
    }

    @Test
    void withoutResultsTheReportChecksItself() {
        ReportData data = load(true, null);

        assertSame(fresh, data.result());
        assertTrue(data.provenance().contains("The report ran the check itself"), data.provenance());
    }

    @Test
    void duringMvnSiteTheSiteBeingGeneratedIsCheckedAsItIs() throws Exception {
        Files.createDirectories(siteOutput);
        Files.writeString(siteOutput.resolve("index.html"), "<p>home</p>");
        writeResults(Instant.parse("2026-06-01T00:00:00Z"));

        ReportData data = inSite(siteOutput, BUILD_START.minusSeconds(3600));

        assertSame(generated, data.result(), "the site this build generates, not report.json");
        assertEquals("/", data.reportFolder());
        assertTrue(data.provenance().contains("the site this build generates"), data.provenance());
    }

    @Test
    void duringMvnSiteWithNothingConfiguredTheGeneratedSiteIsChecked() throws Exception {
        Files.createDirectories(siteOutput);
        Files.writeString(siteOutput.resolve("index.html"), "<p>home</p>");

        ReportData data = inSite(null, BUILD_START);

        assertSame(generated, data.result());
        assertEquals(0, checks.get(), "the configured check does not run");
    }

    @Test
    void aGeneratedSiteWithoutIndexIsExplained() {
        ReportData data = inSite(null, BUILD_START);

        assertNull(data.result());
        assertTrue(data.provenance().contains("has no index.html"), data.provenance());
    }

    @Test
    void resultsOfAnEarlierBuildAreNotShownAsCurrent() throws Exception {
        writeResults(Instant.parse("2026-06-01T00:00:00Z"));

        ReportData data = new ReportData(results, new SystemStreamLog(), this::configured, this::generatedSite)
                .load(new ReportData.Request(
                        false, siteOutput, false, null, Instant.parse("2026-12-01T00:00:00Z"), "/"));

        assertNull(data.result());
        assertTrue(data.provenance().contains("holds the results of an earlier build"), data.provenance());
        assertTrue(data.provenance().contains("2026-11-25 10:00:00 UTC"), "says when: " + data.provenance());
    }

    @Test
    void resultsOfThisBuildAreShownWithoutCheckingAgain() throws Exception {
        writeResults(Instant.parse("2026-06-01T00:00:00Z"));

        ReportData data = new ReportData(results, new SystemStreamLog(), this::configured, this::generatedSite)
                .load(new ReportData.Request(
                        false, siteOutput, true, null, Instant.parse("2026-11-25T09:00:00Z"), "/"));

        assertEquals("from check", data.result().start());
        assertEquals(0, checks.get());
        assertTrue(data.provenance().contains("in this build"), data.provenance());
    }

    @Test
    void nothingToShowAndNothingToCheckIsExplained() {
        ReportData data = load(false, null);

        assertNull(data.result());
        assertTrue(data.provenance().contains("neither url nor directory is configured"), data.provenance());
    }

    @Test
    void aDamagedResultsFileIsNamedAndTheReportChecksInstead() throws Exception {
        Files.createDirectories(results.getParent());
        Files.writeString(results, "{\"start\": ");

        ReportData data = load(true, null);

        assertSame(fresh, data.result());
        assertTrue(data.provenance().contains("is not a Hydra report.json"), data.provenance());
    }

    @Test
    void resultsOfAnotherSchemaVersionAreNamedAndTheReportChecksInstead() throws Exception {
        writeResults(Instant.parse("2026-06-01T00:00:00Z"));
        Files.writeString(results, Files.readString(results).replace("\"schemaVersion\": 2", "\"schemaVersion\": 1"));

        ReportData data = load(true, null);

        assertSame(fresh, data.result());
        assertTrue(
                data.provenance()
                                .contains(
                                        "was written by another version of Hydra (schemaVersion 1); run hydra:check again")
                        && data.provenance().contains("The report ran the check itself"),
                data.provenance());
    }

    private static final Instant BUILD_START = Instant.parse("2026-11-25T09:00:00Z");

    private final CheckResult generated = result("generated site");

    /** hydra:report alone, in a build that began before the results were written. */
    private ReportData load(boolean hasUrl, Path directory) {
        return new ReportData(results, new SystemStreamLog(), this::configured, this::generatedSite)
                .load(new ReportData.Request(false, siteOutput, hasUrl, directory, BUILD_START, "/"));
    }

    private ReportData inSite(Path directory, Instant buildStart) {
        return new ReportData(results, new SystemStreamLog(), this::configured, this::generatedSite)
                .load(new ReportData.Request(true, siteOutput, false, directory, buildStart, "/"));
    }

    private CheckResult configured() {
        checks.incrementAndGet();
        return fresh;
    }

    private CheckResult generatedSite() {
        return generated;
    }

    private void writeResults(Instant modified) throws Exception {
        Files.createDirectories(results.getParent());
        try (Writer out = Files.newBufferedWriter(results)) {
            new JsonReport().write(result("from check"), out);
        }
        Files.setLastModifiedTime(results, FileTime.from(modified));
    }

    private static CheckResult result(String start) {
        return new CheckResult(
                start,
                Instant.parse("2026-11-25T10:00:00Z"),
                Summary.of(1, List.of(), 10),
                List.of(),
                List.of(),
                Map.of());
    }
}
