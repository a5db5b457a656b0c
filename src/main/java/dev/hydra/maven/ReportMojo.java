package dev.hydra.maven;

import dev.hydra.output.SiteReportModel;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Dead Links" page of the project site ({@code hydra.html}, under Project Reports): the results that
 * {@code hydra:check} wrote to {@code target/hydra/report.json}, or, without them, a check the report runs itself
 * on the configured {@code url} or {@code directory}. With neither, the page says so and what to configure.
 *
 * <p>It takes every parameter of {@code hydra:check} that decides what is checked and how. Run on its own
 * ({@code mvn hydra:report}) it writes a plain page without the site's skin.
 */
// Implements Maven's report interface itself instead of extending AbstractMavenReport, so that it shares the
// check parameters with hydra:check through AbstractHydraMojo: Java allows one superclass.
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractHydraMojo implements MavenMultiPageReport {

    /**
     * The results of {@code hydra:check} to show. Used when present and, for a checked {@code directory}, newer
     * than every file in it; otherwise the report checks again.
     */
    @Parameter(property = "hydra.resultsFile", defaultValue = "${project.build.directory}/hydra/report.json")
    private File resultsFile;

    /** Where the page is written when the goal runs on its own; during {@code mvn site} the site plugin decides. */
    @Parameter(property = "hydra.reportOutputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    private File reportOutputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException {
        File page = new File(reportOutputDirectory, getOutputName() + ".html");
        Sink sink;
        try {
            sink = new Xhtml5SinkFactory().createSink(reportOutputDirectory, page.getName());
        } catch (IOException e) {
            throw new MojoExecutionException("Hydra: cannot write " + page + ": " + e.getMessage(), e);
        }
        try {
            generate(sink, null, Locale.getDefault());
        } catch (MavenReportException e) {
            throw new MojoExecutionException("Hydra: " + e.getMessage(), e);
        }
        getLog().info("Hydra: Dead Links report written to " + page);
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        ReportData data = new ReportData(resultsFile.toPath(), reportOutputDirectory.toPath(), getLog(), this::check)
                .load(hasUrl(), directory == null ? null : directory.toPath());
        new DeadLinksRenderer(
                        sink, data.result() == null ? null : new SiteReportModel(data.result()), data.provenance())
                .render();
    }

    private dev.hydra.model.CheckResult check() throws Exception {
        return new dev.hydra.crawl.LinkCheck(checkConfig(), new MavenCheckListener(getLog())).run();
    }

    private boolean hasUrl() {
        return url != null && !url.isBlank();
    }

    @Override
    public String getOutputName() {
        return "hydra";
    }

    @Override
    public String getCategoryName() {
        return MavenReport.CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return DeadLinksRenderer.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Links on the site that lead nowhere, found by Hydra.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** Always: with nothing to show, the page says why instead of leaving the site without it. */
    @Override
    public boolean canGenerateReport() {
        return true;
    }
}
