package dev.hydra.maven;

import dev.hydra.model.CheckResult;
import dev.hydra.output.JsonReportReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;

/**
 * Chooses what the site report shows: the results {@code hydra:check} wrote, a check run now, or nothing (with
 * the reason). A site directory that is the site being generated is never crawled: during {@code mvn site} it is
 * half-written, and links into pages not yet written would be reported dead.
 */
final class ReportData {

    /** Runs a check with the goal's configuration. */
    interface Check {
        CheckResult run() throws Exception;
    }

    private final Path resultsFile;
    private final Path siteOutput;
    private final Log log;
    private final Check check;
    private CheckResult result;
    private String provenance;

    ReportData(Path resultsFile, Path siteOutput, Log log, Check check) {
        this.resultsFile = resultsFile;
        this.siteOutput = siteOutput;
        this.log = log;
        this.check = check;
    }

    CheckResult result() {
        return result;
    }

    String provenance() {
        return provenance;
    }

    private static final String RAN_ITSELF = " The report ran the check itself.";

    ReportData load(boolean hasUrl, Path directory) {
        boolean beingGenerated = directory != null && isInside(directory, siteOutput);
        if (Files.isRegularFile(resultsFile)) {
            String stale = directory == null || beingGenerated ? null : newerFileIn(directory);
            if (stale == null) {
                try {
                    result = JsonReportReader.read(resultsFile);
                    provenance = "Results of hydra:check, read from " + resultsFile + ".";
                    return this;
                } catch (IOException e) {
                    log.warn("Hydra: " + e.getMessage());
                    return runOrExplain(hasUrl, directory, beingGenerated, e.getMessage() + ".", RAN_ITSELF);
                }
            }
            return runOrExplain(
                    hasUrl,
                    directory,
                    beingGenerated,
                    resultsFile + " is older than " + stale + ", so the report checked again.",
                    "");
        }
        return runOrExplain(
                hasUrl,
                directory,
                beingGenerated,
                "There were no results from hydra:check at " + resultsFile + ".",
                RAN_ITSELF);
    }

    /**
     * Runs the report's own check, or explains why it cannot.
     *
     * @param why why there are no usable results of hydra:check
     * @param afterCheck what the page adds to {@code why} when its own check ran
     */
    private ReportData runOrExplain(
            boolean hasUrl, Path directory, boolean beingGenerated, String why, String afterCheck) {
        if (!hasUrl && directory == null) {
            return explain(why + " Nothing else to check: neither url nor directory is configured for the report."
                    + " Run hydra:check before mvn site, or add <url> or <directory> to Hydra's configuration.");
        }
        if (beingGenerated) {
            return explain(why + " The configured directory " + directory + " is the site being generated, which"
                    + " cannot be checked while it is written. Run hydra:check after mvn site (mvn site hydra:check);"
                    + " the next mvn site shows its results.");
        }
        try {
            result = check.run();
            provenance = why + afterCheck;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return explain(why + " The check was interrupted.");
        } catch (Exception e) {
            log.warn("Hydra: the report's own check failed: " + e.getMessage());
            return explain(why + " The report's own check failed: " + e.getMessage());
        }
        return this;
    }

    private ReportData explain(String why) {
        log.warn("Hydra: " + why);
        result = null;
        provenance = why;
        return this;
    }

    /** A file in {@code directory} modified after the results were written, or null when there is none. */
    private String newerFileIn(Path directory) {
        if (!Files.isDirectory(directory)) {
            return null;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            FileTime written = Files.getLastModifiedTime(resultsFile);
            return files.filter(Files::isRegularFile)
                    .filter(file -> modified(file).compareTo(written) > 0)
                    .findFirst()
                    .map(Path::toString)
                    .orElse(null);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isInside(Path directory, Path siteOutput) {
        if (siteOutput == null) {
            return false;
        }
        Path dir = directory.toAbsolutePath().normalize();
        Path site = siteOutput.toAbsolutePath().normalize();
        return dir.startsWith(site) || site.startsWith(dir);
    }
}
