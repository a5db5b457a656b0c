package dev.hydra.maven;

import dev.hydra.baseline.Baseline;
import dev.hydra.baseline.BaselineFile;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.output.ConsoleReport;
import dev.hydra.output.GitHubAnnotations;
import dev.hydra.output.ReportFormat;
import dev.hydra.output.ReportFormats;
import dev.hydra.output.ReportWriter;
import dev.hydra.output.SiteReportModel;
import dev.hydra.site.SitePart;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every link of a site (a URL, or a local directory Hydra serves itself) and fails the build when
 * links are dead. Results are written to {@code target/hydra/}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractHydraMojo {

    /** Skip the check. */
    /** GitHub shows the first 10 errors of a step and 50 of a job; more would only fill the log. */
    private static final int MAX_ANNOTATIONS = 50;

    @Parameter(property = "hydra.skip", defaultValue = "false")
    private boolean skip;

    /** Fail the build when a link is broken. With {@code false} broken links are logged as warnings. */
    @Parameter(property = "hydra.failOnError", defaultValue = "true")
    private boolean failOnError;

    /**
     * Fail the build on warnings too (rate limits, bot walls, anchors beyond maxPageSize, pages read in part,
     * https-to-http redirects).
     */
    @Parameter(property = "hydra.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Where the reports are written; by default {@code target/hydra} (of the project, or of the current folder without one). */
    @Parameter(property = "hydra.outputDirectory")
    private File outputDirectory;

    /**
     * The report files written beside {@code report.json} (which is always written): a comma-separated list of
     * {@code json}, {@code markdown} ({@code report.md}, also appended to the file that the environment variable
     * {@code GITHUB_STEP_SUMMARY} names), {@code junit} ({@code TEST-hydra.xml}) and {@code sarif}
     * ({@code report.sarif}, SARIF 2.1.0 for code-scanning dashboards).
     */
    @Parameter(property = "hydra.formats", defaultValue = "json,markdown,junit,sarif")
    private String formats;

    /**
     * The dead links known when the baseline was written ({@code mvn hydra:baseline}), so that only new ones fail
     * the build. By default {@code hydra-baseline.txt} in the project's base directory (the folder Maven runs in
     * without a pom). When the file exists, a broken link on a page it lists is reported as known and does not fail
     * the build; a broken link place it does not list fails the build as without a baseline; an entry that is no
     * longer broken is reported as fixed, with the line to delete. Warnings are never baselined. A line that is not
     * an entry (no tab, an empty link) is left out with a warning naming the file and line; a byte-order mark, CR LF
     * line ends and spaces at the end of a line are no part of an entry.
     *
     * @since 0.2.0
     */
    @Parameter(property = "hydra.baselineFile")
    private File baselineFile;

    /**
     * Read the {@code baselineFile} when it exists; {@code -Dhydra.baseline=false} ignores it, to see every dead
     * link fail the build again.
     *
     * @since 0.2.0
     */
    @Parameter(property = "hydra.baseline", defaultValue = "true")
    private boolean useBaseline;

    /**
     * How many dead links (and, apart, known dead links and warnings) the build log lists, those on most pages
     * first, after their count by kind; a closing line names the report that lists the rest. {@code -1} lists them
     * all, as does a debug build ({@code -X}). The reports under {@code target/hydra} always hold every link.
     *
     * @since 0.2.0
     */
    @Parameter(property = "hydra.maxConsoleLinks", defaultValue = "" + ConsoleReport.DEFAULT_MAX_LINKS)
    private int maxConsoleLinks;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Hydra: skipped (hydra.skip)");
        }
        runInReactor(skip, this::checkOwn, this::checkStagedSite);
    }

    /** This project's check: its url or directory, and its files. */
    private void checkOwn() throws MojoExecutionException, MojoFailureException {
        List<ReportFormat> chosenFormats = chosenFormats();
        ProjectFiles projectFiles = projectFiles(true);
        if (nothingToCheck(projectFiles)) {
            return;
        }
        Baseline baseline = baseline(layout().baselinePath(baselineFile));
        CheckResult result = runCheck(projectFiles);
        conclude(
                result,
                baseline,
                chosenFormats,
                outputDirectory().toPath(),
                pageFiles(
                        projectFiles,
                        directory == null ? List.of() : List.of(SitePart.whole(directory.toPath(), null))),
                "",
                this::writeOwnSitePage);
    }

    /**
     * Writes the results into this project's Dead Links page when {@code mvn site} rendered it before this check ran
     * ({@code mvn site verify}), so that the site shows this build's check.
     */
    private void writeOwnSitePage(CheckResult result, Path report) throws MojoExecutionException {
        if (project == null || project.getFile() == null || project.getReporting() == null) {
            return;
        }
        Path site = Path.of(project.getReporting().getOutputDirectory())
                .toAbsolutePath()
                .normalize();
        boolean ownSite = directory != null
                && directory.toPath().toAbsolutePath().normalize().equals(site);
        writeSitePage(
                site,
                result,
                ownSite ? "/" : null,
                "Results of hydra:check in this build, written into this page after mvn site rendered it; all of them"
                        + " are in " + shown(project.getBasedir().toPath(), report) + ".");
    }

    /** Writes a result into the Dead Links page of a site folder, when there is one. */
    private void writeSitePage(Path siteFolder, CheckResult result, String reportFolder, String provenance)
            throws MojoExecutionException {
        Path page = siteFolder.resolve(ReportMojo.OUTPUT_NAME + ".html");
        try {
            if (RenderedReportPage.rewrite(page, new SiteReportModel(result, reportFolder), provenance)) {
                getLog().info("Hydra: results written into the site's Dead Links page " + page);
            }
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Hydra: cannot write the results into " + page + ": " + e.getMessage(), e);
        }
    }

    /** The reactor's module sites, checked as one staged site, when this project's check is the last to run. */
    private void checkStagedSite(ReactorSites reactor, List<ReactorSite.ModuleSite> sites)
            throws MojoExecutionException, MojoFailureException {
        List<ReportFormat> chosenFormats = chosenFormats();
        List<SitePart> parts = sites.stream().map(ReactorSite.ModuleSite::part).toList();
        Path output = outputDirectory != null
                ? outputDirectory.toPath()
                : reactor.executionRootBuildDirectory().resolve("hydra");
        Baseline baseline = baseline(layout().reactorBaselinePath(reactor, baselineFile));
        CheckResult result = runStagedCheck(reactor, sites);
        // the failure is this project's step, but the site is the reactor's: Maven's "-rf :<this>" hint would
        // check this module's site alone
        String rerun = reactor.runsOnce()
                ? ""
                : "The reactor's whole site was checked in the step of " + project.getArtifactId()
                        + ", the last of its module checks; resuming with -rf :" + project.getArtifactId()
                        + " would check that module's site alone. To check the whole site again: "
                        + reactor.wholeSiteCommand() + "\n";
        List<String> paths = parts.stream().map(SitePart::path).toList();
        conclude(
                result,
                baseline,
                chosenFormats,
                output,
                pageFiles(ProjectFiles.NONE, parts),
                rerun,
                (compared, report) -> {
                    for (ReactorSite.ModuleSite site : sites) {
                        // each module's report and page hold its own pages, not those of the modules below it
                        CheckResult part = result.onPagesUnder(site.part().path(), paths);
                        boolean atRoot = site.reportDirectory()
                                .toAbsolutePath()
                                .normalize()
                                .equals(output.toAbsolutePath().normalize());
                        if (!atRoot) {
                            writeReports(part, site.reportDirectory(), ReportFormats.parse("json"), false);
                        }
                        writeSitePage(
                                site.part().directory(),
                                part,
                                site.part().path(),
                                "The part of the reactor's check in this build (its staged site, checked once every module's"
                                        + " site existed) on the pages of "
                                        + site.part().name() + ", under "
                                        + site.part().path() + "; written into this page after mvn site rendered it. "
                                        + (atRoot
                                                ? "The results of the whole reactor are in "
                                                        + shown(reactor.executionRootDirectory(), report) + "."
                                                : "They are also in "
                                                        + shown(
                                                                reactor.executionRootDirectory(),
                                                                site.reportDirectory()
                                                                        .resolve("report.json"))
                                                        + ", and the whole reactor's in "
                                                        + shown(reactor.executionRootDirectory(), report) + "."));
                    }
                });
    }

    /** A file as the site shows it: from the build's folder, not the machine's absolute path. */
    private static String shown(Path folder, Path file) {
        Path root = folder.toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }

    /** What is written once the reports are, before the build may fail: the site's Dead Links pages. */
    @FunctionalInterface
    private interface SitePages {
        void write(CheckResult result, Path report) throws MojoExecutionException;
    }

    /**
     * Writes the reports of a result, annotates it for GitHub, logs it, and fails the build as configured. When the
     * reports cannot be written, the log still lists the dead links before the build fails.
     *
     * @param rerun how to check the same site again after fixing, a line of the failure's message; or empty
     */
    private void conclude(
            CheckResult checked,
            Baseline baseline,
            List<ReportFormat> chosenFormats,
            Path output,
            PageFiles pageFiles,
            String rerun,
            SitePages sitePages)
            throws MojoExecutionException, MojoFailureException {
        CheckResult result = baseline != null ? baseline.compare(checked) : checked;
        Path written = null;
        MojoExecutionException unwritten = null;
        try {
            written = writeReports(result, output, chosenFormats, true);
        } catch (MojoExecutionException e) {
            unwritten = e;
        }
        String report = written != null ? written.toString() : "no report (the reports could not be written)";
        if (written != null) {
            sitePages.write(result, written);
        }
        StepSummary.append(result, chosenFormats, System.getenv(StepSummary.VARIABLE), getLog());
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            annotate(result, pageFiles, report);
        }
        List<String> problems = new ArrayList<>();
        List<LinkResult> broken = result.newlyBroken();
        List<LinkResult> known = result.knownBroken();
        List<LinkResult> warnings = result.withVerdict(Verdict.WARNING);
        if (!known.isEmpty()) {
            getLog().info("Hydra: " + result.knownCount() + " known dead link place"
                    + (result.knownCount() == 1 ? "" : "s")
                    + ", listed in the baseline "
                    + result.baseline().orElseThrow().file() + " (not failing the build):\n"
                    + describe(known, report).stripTrailing());
        }
        String fixed = ConsoleReport.fixedEntries(result, getLog().isDebugEnabled() ? -1 : maxConsoleLinks);
        if (!fixed.isEmpty()) {
            getLog().warn("Hydra: " + fixed.stripTrailing());
        }
        if (!warnings.isEmpty()) {
            String text = warnings.size() + " link warning" + (warnings.size() == 1 ? "" : "s") + ":\n"
                    + describe(warnings, report);
            if (failOnWarning) {
                problems.add(text);
            } else {
                getLog().warn(text.stripTrailing());
            }
        }
        if (!broken.isEmpty()) {
            String text = broken.size() + " broken link" + (broken.size() == 1 ? "" : "s")
                    + (baseline != null ? " not in the baseline" : "") + ":\n" + describe(broken, report);
            if (failOnError) {
                problems.add(0, text);
            } else {
                getLog().warn(text.stripTrailing());
            }
        }
        getLog().info(ConsoleReport.summaryLine(result));
        if (unwritten != null) {
            if (!problems.isEmpty()) {
                getLog().error("Hydra found dead links.\n"
                        + String.join("", problems).stripTrailing());
            }
            throw unwritten;
        }
        if (!problems.isEmpty()) {
            throw new MojoFailureException("Hydra found dead links.\n" + String.join("", problems)
                    + ConsoleReport.howToAccept(report) + (rerun.isEmpty() ? "" : "\n" + rerun));
        }
    }

    /** The links as the log shows them: at most {@code maxConsoleLinks}, all with {@code -X}. */
    private String describe(List<LinkResult> links, String report) {
        return ConsoleReport.describe(links, getLog().isDebugEnabled() ? -1 : maxConsoleLinks, report);
    }

    /** The baseline to compare with, or null when it is off or there is no file. */
    private Baseline baseline(Path file) throws MojoExecutionException {
        if (!useBaseline) {
            if (Files.exists(file)) {
                getLog().info("Hydra: the baseline " + file + " is ignored (hydra.baseline=false)");
            }
            return null;
        }
        if (!Files.exists(file)) {
            if (baselineFile != null) {
                getLog().warn("Hydra: the baseline file " + file + " does not exist; every dead link fails the build."
                        + " Write it with mvn hydra:baseline");
            }
            return null;
        }
        try {
            Baseline baseline = BaselineFile.read(file);
            baseline.notices().forEach(notice -> getLog().warn("Hydra: " + notice));
            getLog().info("Hydra: comparing with the baseline " + file + " ("
                    + baseline.entries().size() + " entries)");
            return baseline;
        } catch (IOException e) {
            throw new MojoExecutionException("Hydra: cannot read the baseline " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Prints GitHub Actions workflow commands, which the runner reads from the raw output: Maven's log would put
     * "[ERROR]" before them.
     */
    private void annotate(CheckResult result, PageFiles pageFiles, String report) {
        Path sourceRoot = sourceFolders().root();
        GitHubAnnotations.lines(
                        result,
                        pageFiles,
                        sourceFile -> pageFiles.sourceFile(sourceRoot, sourceFile),
                        MAX_ANNOTATIONS,
                        report)
                .forEach(System.out::println);
        System.out.flush();
    }

    /** Which repository file each page of the reports is, named from the workspace GitHub checked out. */
    private PageFiles pageFiles(ProjectFiles projectFiles, List<SitePart> parts) {
        String workspace = System.getenv("GITHUB_WORKSPACE");
        Path root = workspace != null && !workspace.isBlank()
                ? Path.of(workspace)
                : projectFiles.root() != null ? projectFiles.root() : Path.of(System.getProperty("user.dir"));
        return new PageFiles(root.toAbsolutePath().normalize(), projectFiles.root(), parts);
    }

    private File outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory;
        }
        if (project != null && project.getFile() != null) {
            return new File(project.getBuild().getDirectory(), "hydra");
        }
        // no pom: Maven's stand-in project has no usable build directory; use the folder Maven runs in
        String base = session != null && session.getExecutionRootDirectory() != null
                ? session.getExecutionRootDirectory()
                : System.getProperty("user.dir");
        return new File(new File(base, "target"), "hydra");
    }

    private List<ReportFormat> chosenFormats() throws MojoExecutionException {
        try {
            return ReportFormats.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    "Hydra: " + e.getMessage() + " (-Dhydra.formats=json,markdown,junit,sarif)", e);
        }
    }

    private Path writeReports(CheckResult result, Path directoryPath, List<ReportFormat> formats, boolean log)
            throws MojoExecutionException {
        try {
            ReportWriter.write(result, directoryPath, formats);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "Hydra: cannot write reports to " + directoryPath + ": " + e
                            + ". No report of this check or an earlier one is left there; free space or set outputDirectory"
                            + " to a writable folder",
                    e);
        }
        Path json = directoryPath.resolve("report.json");
        if (log) {
            getLog().info("Hydra: results written to " + json);
        }
        return json;
    }
}
