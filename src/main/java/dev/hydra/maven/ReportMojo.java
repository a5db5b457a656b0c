package dev.hydra.maven;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.crawl.LinkCheck;
import dev.hydra.model.CheckResult;
import dev.hydra.output.SiteReportModel;
import dev.hydra.site.SitePart;
import dev.hydra.sources.SourceFolders;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.version.PluginVersionResolver;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Dead Links" page of the project site ({@code hydra.html}, under Project Reports). During {@code mvn site}
 * it judges the site that this command generates, as {@code check} would (unless {@code url}, or a
 * {@code directory} elsewhere, is configured): maven-site-plugin writes every content page before any report, and
 * the report pages it writes after this one are not judged. Otherwise it shows the results that {@code hydra:check}
 * wrote to {@code target/hydra/report.json} in the same build, or runs a check of the configured {@code url} or
 * {@code directory} itself. A {@code check} that runs after {@code mvn site} in the same build
 * ({@code mvn site verify}) writes its results into the page it rendered. With nothing to show, the page says why.
 *
 * <p>It takes every parameter of {@code hydra:check} that decides what is checked and how. Run on its own
 * ({@code mvn hydra:report}) it writes a plain page without the site's skin.
 */
// Implements Maven's report interface itself instead of extending AbstractMavenReport, so that it shares the
// check parameters with hydra:check through AbstractHydraMojo: Java allows one superclass.
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractHydraMojo implements MavenMultiPageReport {

    /**
     * The results of {@code hydra:check} to show. Used when written in this build and, for a checked
     * {@code directory}, newer than every file in it; otherwise the report checks again. During {@code mvn site},
     * the site being generated is checked instead, unless a {@code url} or another {@code directory} is configured.
     */
    @Parameter(property = "hydra.resultsFile", defaultValue = "${project.build.directory}/hydra/report.json")
    private File resultsFile;

    /** Where the page is written when the goal runs on its own; during {@code mvn site} the site plugin decides. */
    @Parameter(property = "hydra.reportOutputDirectory", defaultValue = "${project.reporting.outputDirectory}")
    private File reportOutputDirectory;

    /** Reads the descriptors of the reporting plugins, to know the report pages mvn site writes later. */
    @Component
    private BuildPluginManager pluginManager;

    /** Finds the version mvn site uses of a reporting plugin listed without one. */
    @Component
    private PluginVersionResolver versionResolver;

    @Override
    public void execute() throws MojoExecutionException {
        File page = new File(reportOutputDirectory, getOutputName() + ".html");
        Sink sink;
        try {
            sink = new Xhtml5SinkFactory().createSink(reportOutputDirectory, page.getName());
        } catch (IOException e) {
            throw new MojoExecutionException("Hydra: cannot write " + page + ": " + e.getMessage(), e);
        }
        render(sink, false);
        getLog().info("Hydra: Dead Links report written to " + page);
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    /** Called by maven-site-plugin during {@code mvn site}, after every Doxia document of the site is written. */
    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        render(sink, true);
    }

    private void render(Sink sink, boolean inSite) {
        Path siteOutput = reportOutputDirectory.toPath().toAbsolutePath().normalize();
        String sitePath = project == null || project.getFile() == null ? "/" : StagedSitePath.of(project);
        ReportData data = new ReportData(
                        resultsFile.toPath(),
                        getLog(),
                        this::checkConfigured,
                        () -> checkGeneratedSite(siteOutput, sitePath))
                .load(new ReportData.Request(
                        inSite,
                        siteOutput,
                        hasUrl(),
                        directory == null ? null : directory.toPath(),
                        buildStart(),
                        sitePath));
        SiteReportModel model = data.result() == null ? null : new SiteReportModel(data.result(), data.reportFolder());
        new DeadLinksRenderer(sink, model, data.provenance()).render();
    }

    private CheckResult checkConfigured() throws Exception {
        return new LinkCheck(checkConfig(), new MavenCheckListener(getLog())).run();
    }

    /**
     * The site being generated, as {@code check} would judge it (with the project's files it would choose), while
     * the pages that {@code mvn site} writes after this one are not judged. In a reactor the site lies at its place in
     * the staged site ({@code /module-a/}), so that links between modules resolve as published: links into the sites
     * of other projects, not all written yet, are not judged; the reactor's check in {@code verify} judges them.
     */
    private CheckResult checkGeneratedSite(Path siteOutput, String sitePath) throws Exception {
        ProjectFiles projectFiles = projectFiles(true);
        Set<String> later = new LinkedHashSet<>();
        for (String page : ReportPagesToCome.of(
                project,
                new ReportingGoals(pluginManager, versionResolver, session, project, getLog())::of,
                getOutputName(),
                siteOutput,
                buildStart())) {
            later.add(sitePath + page.substring(1));
        }
        if (session != null && session.getProjects() != null) {
            for (MavenProject member : session.getProjects()) {
                String path = member == project ? sitePath : StagedSitePath.of(member);
                if (path.startsWith(sitePath) && !path.equals(sitePath)) {
                    later.add(path); // a module below this project, whose site is written after this one
                }
            }
        }
        ProjectLayout generated = layout(siteOutput.toFile());
        SourceFolders sources = generated.sourceFolders(siteOutput.toFile());
        CheckConfig.Builder builder = configBuilder()
                .siteParts(List.of(new SitePart(sitePath, siteOutput, sources, project.getArtifactId())))
                .sourceFolders(sources)
                .pagesRenderedLater(later)
                // modules this build does not make (mvn -N site): their sites never come
                .absentSitePaths(absentSitePathsBelow(sitePath).stream()
                        .map(path -> sitePath + path.substring(1))
                        .toList());
        // judged as published, as the check in verify judges it: a module's site stands under its top project's URL
        generated.applyPublicSiteUrl(builder, !sitePath.equals("/"), getLog());
        if (!projectFiles.files().isEmpty()) {
            builder.filesRoot(projectFiles.root()).files(projectFiles.files());
            getLog().info("Hydra: checking " + projectFiles.describe(20) + " (under " + projectFiles.base() + ")");
        }
        getLog().info("Hydra: checking the site this build generates, " + siteOutput
                + (sitePath.equals("/") ? "" : ", as " + sitePath + " of the reactor's staged site"));
        return new LinkCheck(builder.build(), new MavenCheckListener(getLog())).run();
    }

    private boolean hasUrl() {
        return url != null && !url.isBlank();
    }

    /** The page's name: {@code hydra.html}. */
    static final String OUTPUT_NAME = "hydra";

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
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
