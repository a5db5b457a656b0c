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
import dev.hydra.output.ReportFormats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepSummaryTest {

    @TempDir
    Path dir;

    @Test
    void appendsTheMarkdownReportKeepingWhatEarlierStepsWrote() throws Exception {
        Path summary = Files.writeString(dir.resolve("summary.md"), "# Earlier step\n");

        StepSummary.append(result(), ReportFormats.parse("markdown"), summary.toString(), new SystemStreamLog());

        String text = Files.readString(summary);
        assertTrue(text.startsWith("# Earlier step\n## Hydra: 1 dead link\n"), text);
        assertTrue(text.contains("| /gone.html | 404 Not Found | /index.html:3 |"), text);
    }

    @Test
    void nothingWithoutTheVariableOrWithoutMarkdownAmongTheFormats() throws Exception {
        Path summary = Files.writeString(dir.resolve("summary.md"), "");

        StepSummary.append(result(), ReportFormats.parse("json,junit"), summary.toString(), new SystemStreamLog());
        StepSummary.append(result(), ReportFormats.parse("markdown"), "", new SystemStreamLog());

        assertEquals("", Files.readString(summary));
    }

    @Test
    void anUnwritableSummaryOnlyWarns() {
        Path missingDirectory = dir.resolve("no/such/dir/summary.md");

        StepSummary.append(
                result(), ReportFormats.parse("markdown"), missingDirectory.toString(), new SystemStreamLog());

        assertFalse(Files.exists(missingDirectory));
    }

    private static CheckResult result() {
        List<LinkResult> links = List.of(new LinkResult(
                "/gone.html",
                Verdict.BROKEN,
                ResultKind.MISSING_FILE,
                404,
                "404 Not Found",
                null,
                List.of(new Source("/index.html", 3))));
        return new CheckResult(
                "/site", Instant.parse("2026-11-25T10:00:00Z"), Summary.of(1, links, 100), links, List.of(), Map.of());
    }
}
