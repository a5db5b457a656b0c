package dev.hydra.maven;

import dev.hydra.model.CheckResult;
import dev.hydra.output.MarkdownReport;
import dev.hydra.output.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Appends the Markdown report to GitHub Actions' job summary, the file its {@code GITHUB_STEP_SUMMARY} names. */
final class StepSummary {

    static final String VARIABLE = "GITHUB_STEP_SUMMARY";

    private StepSummary() {}

    /** Does nothing unless {@code markdown} is among the formats and {@code file} names a file; never fails the build. */
    static void append(CheckResult result, List<ReportFormat> formats, String file, Log log) {
        if (file == null || file.isBlank() || formats.stream().noneMatch(f -> f instanceof MarkdownReport)) {
            return;
        }
        Path path = Path.of(file);
        try (Writer out = Files.newBufferedWriter(
                path,
                StandardCharsets.UTF_8,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            new MarkdownReport().write(result, out);
            out.write("\n");
        } catch (IOException | RuntimeException e) {
            String why = e instanceof java.nio.file.NoSuchFileException ? "its folder does not exist" : e.toString();
            log.warn("Hydra: cannot append the Markdown report to " + VARIABLE + " (" + path + "): " + why);
        }
    }
}
