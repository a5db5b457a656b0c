package dev.hydra.maven;

import dev.hydra.model.CheckResult;
import dev.hydra.output.JsonReportReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;

/**
 * Chooses what the site report shows: during {@code mvn site}, the site that this build generates, checked as the
 * command wrote it; else the results {@code hydra:check} wrote in this build, a check run now, or nothing (with the
 * reason). Results of an earlier build are never shown as if they were this build's.
 */
final class ReportData {

    /** Runs a check with the goal's configuration. */
    interface Check {
        CheckResult run() throws Exception;
    }

    /**
     * What the page is asked to show.
     *
     * @param inSite whether {@code mvn site} renders the page, else {@code hydra:report} runs alone
     * @param siteOutput the folder the page is written to: during {@code mvn site}, the site being generated
     * @param hasUrl whether a {@code url} is configured
     * @param directory the configured {@code directory}, or null
     * @param buildStart when this build began, or null when unknown
     * @param sitePath where the site being generated lies in its reactor's staged site: {@code /}, {@code /module-a/}
     */
    record Request(
            boolean inSite, Path siteOutput, boolean hasUrl, Path directory, Instant buildStart, String sitePath) {}

    static final String RAN_ITSELF = " The report ran the check itself.";

    private final Path resultsFile;
    private final Log log;
    private final Check configured;
    private final Check generatedSite;
    private CheckResult result;
    private String provenance;
    private String reportFolder;

    /**
     * @param configured the check of the configured {@code url} or {@code directory}
     * @param generatedSite the check of the site being generated, with the pages {@code mvn site} writes later
     */
    ReportData(Path resultsFile, Log log, Check configured, Check generatedSite) {
        this.resultsFile = resultsFile;
        this.log = log;
        this.configured = configured;
        this.generatedSite = generatedSite;
    }

    CheckResult result() {
        return result;
    }

    String provenance() {
        return provenance;
    }

    /**
     * Where the page lies in the checked site ({@code /}, {@code /module-a/}) when the checked site is the one the page
     * is part of, so that its pages can be linked relatively; else null.
     */
    String reportFolder() {
        return reportFolder;
    }

    ReportData load(Request request) {
        String why = "";
        if (judgesGeneratedSite(request)) {
            if (Files.isRegularFile(request.siteOutput().resolve("index.html"))) {
                reportFolder = request.sitePath();
                return run(
                        generatedSite,
                        "Checked during mvn site" + began(request) + ": the site this build generates, as mvn site"
                                + " wrote it before rendering its reports. Links to the pages it writes later (the"
                                + " reports after this one) and into the sites of the reactor's other projects are not"
                                + " judged.");
            }
            why = "The site this build generates has no index.html in " + request.siteOutput() + " to start from. ";
        }
        if (Files.isRegularFile(resultsFile)) {
            try {
                CheckResult read = JsonReportReader.read(resultsFile);
                if (request.buildStart() != null && read.checkedAt().isBefore(request.buildStart())) {
                    why += resultsFile + " holds the results of an earlier build (checked on "
                            + DeadLinksRenderer.WHEN.format(read.checkedAt()) + ", before this build began on "
                            + DeadLinksRenderer.WHEN.format(request.buildStart()) + "), not shown as current.";
                } else {
                    String stale = request.directory() == null ? null : newerFileIn(request.directory());
                    if (stale == null) {
                        result = read;
                        provenance = why + "Results of hydra:check in this build" + began(request) + ", read from "
                                + resultsFile + ".";
                        reportFolder = isSame(request.directory(), request.siteOutput()) ? "/" : null;
                        return this;
                    }
                    why += resultsFile + " is older than " + stale + ", so the report checked again.";
                }
            } catch (IOException e) {
                log.warn("Hydra: " + e.getMessage());
                why += e.getMessage() + ".";
            }
        } else {
            why += "There were no results from hydra:check at " + resultsFile + ".";
        }
        if (!request.hasUrl() && request.directory() == null) {
            return explain(why + " Nothing else to check: neither url nor directory is configured for the report. "
                    + (request.inSite()
                            ? "Write the site's pages (src/site/markdown/index.md), configure url or directory,"
                                    + " or run hydra:check in the same build (mvn verify site)."
                            : "Run hydra:check in the same build (mvn verify hydra:report), or run the report in"
                                    + " mvn site, which checks the site it generates."));
        }
        reportFolder = isSame(request.directory(), request.siteOutput()) ? "/" : null;
        return run(configured, why + RAN_ITSELF);
    }

    /** {@code " (begun on 2026-12-06 09:59:28 UTC)"}, or nothing when the build's start is unknown. */
    private static String began(Request request) {
        return request.buildStart() == null
                ? ""
                : " (begun on " + DeadLinksRenderer.WHEN.format(request.buildStart()) + ")";
    }

    /** During {@code mvn site}, the page judges the site being generated unless another start is configured. */
    private static boolean judgesGeneratedSite(Request request) {
        return request.inSite()
                && request.siteOutput() != null
                && !request.hasUrl()
                && (request.directory() == null || isInside(request.directory(), request.siteOutput()));
    }

    private ReportData run(Check check, String what) {
        try {
            result = check.run();
            provenance = what.strip();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return explain(what + " The check was interrupted.");
        } catch (Exception e) {
            log.warn("Hydra: the report's own check failed: " + e.getMessage());
            return explain(what + " The report's own check failed: " + e.getMessage());
        }
        return this;
    }

    private ReportData explain(String why) {
        log.warn("Hydra: " + why.strip());
        result = null;
        reportFolder = null;
        provenance = why.strip();
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

    private static boolean isSame(Path directory, Path siteOutput) {
        return directory != null
                && siteOutput != null
                && directory
                        .toAbsolutePath()
                        .normalize()
                        .equals(siteOutput.toAbsolutePath().normalize());
    }
}
