package dev.hydra.maven;

import dev.hydra.crawl.LinkCheck;
import dev.hydra.model.CheckResult;
import dev.hydra.model.Verdict;
import dev.hydra.output.ConsoleReport;
import dev.hydra.output.GitHubAnnotations;
import dev.hydra.output.ReportFormat;
import dev.hydra.output.ReportFormats;
import dev.hydra.output.ReportWriter;
import java.io.File;
import java.io.IOException;
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

    /** Fail the build on warnings too (rate limits, bot walls, anchors beyond maxPageSize, https-to-http redirects). */
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

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Hydra: skipped (hydra.skip)");
            return;
        }
        List<ReportFormat> chosenFormats = chosenFormats();
        ProjectFiles projectFiles = projectFiles(true);
        if (!hasSite() && projectFiles.files().isEmpty()) {
            getLog().warn("Hydra: nothing to check: " + (projectFiles.byDefault()
                    ? "no Markdown or AsciiDoc file under " + projectFiles.base() + ", and no <url> or <directory>."
                    : "no file matches <files>.")
                    + " Set <files> (-Dhydra.files=README.md,docs/**/*.md) for the project's docs, <directory>"
                    + " (-Dhydra.directory=target/site) for a local site, or <url> (-Dhydra.url=https://...) for a live one.");
            return;
        }
        CheckResult result = runCheck(projectFiles);
        Path report = writeReports(result, chosenFormats);
        StepSummary.append(result, chosenFormats, System.getenv(StepSummary.VARIABLE), getLog());
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            annotate(result, projectFiles, report);
        }
        List<String> problems = new ArrayList<>();
        List<dev.hydra.model.LinkResult> broken = result.withVerdict(Verdict.BROKEN);
        List<dev.hydra.model.LinkResult> warnings = result.withVerdict(Verdict.WARNING);
        if (!warnings.isEmpty()) {
            String text = warnings.size() + " link warning" + (warnings.size() == 1 ? "" : "s") + ":\n"
                    + ConsoleReport.describe(warnings);
            if (failOnWarning) {
                problems.add(text);
            } else {
                getLog().warn(text.stripTrailing());
            }
        }
        if (!broken.isEmpty()) {
            String text = broken.size() + " broken link" + (broken.size() == 1 ? "" : "s") + ":\n"
                    + ConsoleReport.describe(broken);
            if (failOnError) {
                problems.add(0, text);
            } else {
                getLog().warn(text.stripTrailing());
            }
        }
        getLog().info(ConsoleReport.summaryLine(result));
        if (!problems.isEmpty()) {
            throw new MojoFailureException("Hydra found dead links.\n" + String.join("", problems)
                    + ConsoleReport.howToAccept(report.toString()));
        }
    }

    private CheckResult runCheck(ProjectFiles projectFiles) throws MojoExecutionException {
        LinkCheck check = new LinkCheck(checkConfig(projectFiles), new MavenCheckListener(getLog()));
        if (hasSite()) {
            getLog().info("Hydra: checking " + (url != null && !url.isBlank() ? url : directory));
        }
        if (!projectFiles.files().isEmpty()) {
            getLog().info("Hydra: checking " + projectFiles.describe(20) + " (under " + projectFiles.base() + ")");
        }
        try {
            return check.run();
        } catch (IOException e) {
            throw new MojoExecutionException("Hydra: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Hydra: the check was interrupted", e);
        }
    }

    /**
     * Prints GitHub Actions workflow commands, which the runner reads from the raw output: Maven's log would put
     * "[ERROR]" before them.
     */
    private void annotate(CheckResult result, ProjectFiles projectFiles, Path report) {
        String workspace = System.getenv("GITHUB_WORKSPACE");
        Path root = workspace != null && !workspace.isBlank() ? Path.of(workspace)
                : projectFiles.root() != null ? projectFiles.root() : Path.of(System.getProperty("user.dir"));
        PageFiles pageFiles = new PageFiles(root.toAbsolutePath().normalize(), projectFiles.root(),
                directory == null ? null : directory.toPath().toAbsolutePath().normalize());
        Path sourceRoot = sourceFolders().root();
        GitHubAnnotations.lines(result, pageFiles, sourceFile -> pageFiles.sourceFile(sourceRoot, sourceFile),
                MAX_ANNOTATIONS, report.toString()).forEach(System.out::println);
        System.out.flush();
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
            throw new MojoExecutionException("Hydra: " + e.getMessage() + " (-Dhydra.formats=json,markdown,junit,sarif)", e);
        }
    }

    private Path writeReports(CheckResult result, List<ReportFormat> formats) throws MojoExecutionException {
        Path directoryPath = outputDirectory().toPath();
        try {
            ReportWriter.write(result, directoryPath, formats);
        } catch (IOException e) {
            throw new MojoExecutionException("Hydra: cannot write reports to " + directoryPath + ": " + e.getMessage(), e);
        }
        Path json = directoryPath.resolve("report.json");
        getLog().info("Hydra: results written to " + json);
        return json;
    }
}
