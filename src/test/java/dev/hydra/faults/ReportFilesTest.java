package dev.hydra.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Summary;
import dev.hydra.model.Verdict;
import dev.hydra.output.ReportFormat;
import dev.hydra.output.ReportFormats;
import dev.hydra.output.ReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report set on a disk that fills up: all of it is written, or none, and no report of an earlier run stays beside
 * a new one; no temporary file is left; the files follow the umask.
 */
class ReportFilesTest {

    private static final List<ReportFormat> ALL = ReportFormats.parse("json,markdown,junit,sarif");

    @TempDir
    Path reports;

    private static CheckResult result(String brokenUrl) {
        List<LinkResult> links = List.of(new LinkResult(
                brokenUrl,
                Verdict.BROKEN,
                ResultKind.MISSING_FILE,
                404,
                "file not found",
                null,
                List.of(new Source("/index.html", 3))));
        return new CheckResult("/site", Instant.EPOCH, Summary.of(1, links, 0), links, List.of(), Map.of());
    }

    /** A format that writes part of its file, then fails as a full disk does. */
    private static ReportFormat fillingTheDisk(ReportFormat format) {
        return new ReportFormat() {
            @Override
            public String name() {
                return format.name();
            }

            @Override
            public String fileName() {
                return format.fileName();
            }

            @Override
            public void write(CheckResult result, Writer out) throws IOException {
                out.write("<?xml version=\"1.0\"");
                out.flush();
                throw new IOException("No space left on device");
            }
        };
    }

    private List<String> files() throws IOException {
        try (Stream<Path> files = Files.list(reports)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsLeavesNeitherThisRunsReportsNorAnEarlierOnesNorATemporaryFile() throws IOException {
        ReportWriter.write(result("/yesterday.html"), reports, ALL);
        assertEquals(List.of("TEST-hydra.xml", "report.json", "report.md", "report.sarif"), files());

        List<ReportFormat> failingThird = new ArrayList<>(ALL);
        failingThird.set(2, fillingTheDisk(ALL.get(2)));
        IOException e =
                assertThrows(IOException.class, () -> ReportWriter.write(result("/today.html"), reports, failingThird));

        assertEquals("No space left on device", e.getMessage());
        assertEquals(List.of(), files(), "no stale TEST-hydra.xml beside a new report.json, no .tmp");
    }

    @Test
    void aWriteThatSucceedsReplacesTheWholeSet() throws IOException {
        ReportWriter.write(result("/yesterday.html"), reports, ALL);
        ReportWriter.write(result("/today.html"), reports, ALL);
        for (String name : files()) {
            String text = Files.readString(reports.resolve(name));
            assertTrue(text.contains("/today.html") && !text.contains("/yesterday.html"), name + ": " + text);
        }
    }

    @Test
    void staleTemporaryFilesOfKilledRunsAreSweptAndReportsFollowTheUmask() throws IOException {
        Path killed = reports.resolve("report.json4711.tmp");
        Files.writeString(killed, "{\"half\":");
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        ReportWriter.write(result("/a.html"), reports, ALL);

        assertFalse(Files.exists(killed));
        Path probe = Files.createFile(reports.resolve("probe"));
        for (ReportFormat format : ALL) {
            FileModes.assertSameAsNewFile(reports.resolve(format.fileName()), probe);
        }
    }
}
