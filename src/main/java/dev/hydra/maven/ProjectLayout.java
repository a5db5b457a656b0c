package dev.hydra.maven;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.sources.SourceFolders;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * What this project's folders are, for one goal's run: its base folder, the build's top folder that links are rooted
 * in, where a served site's pages come from, where the site is published, and where reports and baselines go.
 * Built from Maven's project and session (either may be absent when Maven runs without a pom) and the few
 * parameters that say which site is checked.
 */
final class ProjectLayout {

    /** The baseline file's name when {@code baselineFile} is not set. */
    static final String DEFAULT_BASELINE_FILE = "hydra-baseline.txt";

    private final MavenProject project;
    private final MavenSession session;
    private final String url;
    private final File directory;
    private final File siteSourceDirectory;
    private final String siteUrl;

    /**
     * @param url the {@code url} parameter: a crawl of a URL has no local sources
     * @param directory the {@code directory} parameter: the served site, or null
     * @param siteSourceDirectory the {@code siteSourceDirectory} parameter
     * @param siteUrl the {@code siteUrl} parameter: when set, no public URL is taken from the POM
     */
    ProjectLayout(
            MavenProject project,
            MavenSession session,
            String url,
            File directory,
            File siteSourceDirectory,
            String siteUrl) {
        this.project = project;
        this.session = session;
        this.url = url;
        this.directory = directory;
        this.siteSourceDirectory = siteSourceDirectory;
        this.siteUrl = siteUrl;
    }

    /** The project's base directory, or the folder Maven runs in without a pom. */
    Path baseDirectory() {
        if (project != null && project.getFile() != null && project.getBasedir() != null) {
            return project.getBasedir().toPath().toAbsolutePath().normalize();
        }
        String base = session != null && session.getExecutionRootDirectory() != null
                ? session.getExecutionRootDirectory()
                : System.getProperty("user.dir");
        return Path.of(base).toAbsolutePath().normalize();
    }

    /** Where this project's files' links are rooted: see {@link #linkRoot(Path)}. */
    Path linkRoot() {
        return linkRoot(baseDirectory());
    }

    /**
     * Where the files' links are rooted, as a repository's root is on GitHub: the build's top folder when the
     * project lies in it, so that a module's {@code ../README.md} reaches the parent's README and links and sources
     * are shown from the top ({@code /module-a/README.md}); else the project's own folder. The top folder is the one
     * Maven runs in, which {@code -pl module-a} leaves above the projects it builds, or else the top project's.
     */
    Path linkRoot(Path base) {
        MavenProject top = session == null ? null : session.getTopLevelProject();
        String executionRoot = session == null ? null : session.getExecutionRootDirectory();
        List<Path> tops = new ArrayList<>();
        if (executionRoot != null) {
            tops.add(Path.of(executionRoot).toAbsolutePath().normalize());
        }
        if (top != null && top.getBasedir() != null && top.getFile() != null) {
            tops.add(top.getBasedir().toPath().toAbsolutePath().normalize());
        }
        return tops.stream().filter(base::startsWith).findFirst().orElse(base);
    }

    /**
     * Where the pages' sources are: the site sources and the project's Java source roots, named from the build's top
     * folder as the files' links are. A crawl of a URL has no sources to name.
     */
    SourceFolders sourceFolders() {
        if (url != null && !url.isBlank()) {
            return SourceFolders.NONE;
        }
        return sourceFolders(directory);
    }

    /** Where the pages of a served site {@code directory} come from: see {@link #sourceFolders()}. */
    SourceFolders sourceFolders(File directory) {
        Path base = baseDirectory();
        // only a site this project generated (target/site, target/staging) comes from its sources: any other folder
        // (a copy, a sample, another project's site) would send authors to files that did not make it
        boolean generatedHere = isGeneratedHere(directory);
        return new SourceFolders(
                linkRoot(base),
                generatedHere && siteSourceDirectory != null ? siteSourceDirectory.toPath() : null,
                generatedHere ? paths(project.getCompileSourceRoots()) : List.of(),
                generatedHere ? paths(project.getTestCompileSourceRoots()) : List.of());
    }

    /** The sources of a project of the reactor: this one's, or another's {@code src/site} and Java source roots. */
    SourceFolders sourceFoldersOf(MavenProject member) {
        if (member == project) {
            return sourceFolders();
        }
        Path base = member.getBasedir().toPath().toAbsolutePath().normalize();
        return new SourceFolders(
                linkRoot(base),
                base.resolve("src").resolve("site"),
                paths(member.getCompileSourceRoots()),
                paths(member.getTestCompileSourceRoots()));
    }

    /** Whether {@code directory} is a site this project generated: a folder inside its build directory. */
    private boolean isGeneratedHere(File directory) {
        return project != null
                && project.getFile() != null
                && directory != null
                && project.getBuild() != null
                && project.getBuild().getDirectory() != null
                && directory
                        .toPath()
                        .toAbsolutePath()
                        .normalize()
                        .startsWith(Path.of(project.getBuild().getDirectory())
                                .toAbsolutePath()
                                .normalize());
    }

    private static List<Path> paths(List<String> folders) {
        List<Path> paths = new ArrayList<>();
        if (folders != null) {
            folders.stream()
                    .filter(folder -> folder != null && !folder.isBlank())
                    .forEach(folder -> paths.add(Path.of(folder)));
        }
        return paths;
    }

    /**
     * The public URL of the checked site when {@code siteUrl} is not set: the POM's, for a site this build generated
     * (a staged reactor site stands at its top project's URL); null for any other folder or a crawl of a URL.
     */
    private PublicSiteUrl publicSiteUrl(boolean staged) {
        if (siteUrl != null && !siteUrl.isBlank()) {
            return null;
        }
        if (staged) {
            return project == null ? null : PublicSiteUrl.of(StagedSitePath.topOf(project));
        }
        return isGeneratedHere(directory) ? PublicSiteUrl.of(project) : null;
    }

    /** Sets the site's public URL from the POM when {@code siteUrl} is not set, and says so in the log. */
    void applyPublicSiteUrl(CheckConfig.Builder builder, boolean staged, Log log) {
        PublicSiteUrl published = publicSiteUrl(staged);
        if (published != null) {
            builder.siteUrl(published.url());
            log.info("Hydra: the site is judged as published at " + published.url() + " (" + published.from()
                    + "): a link that leaves it is an external link");
        }
    }

    /** Where this project's own reports go: its {@code target/hydra}. */
    Path reportDirectory() {
        if (project != null && project.getFile() != null && project.getBuild() != null) {
            return Path.of(project.getBuild().getDirectory(), "hydra");
        }
        return baseDirectory().resolve("target").resolve("hydra");
    }

    /** The reactor's baseline: the file {@code baselineFile} names, or the execution root's. */
    Path reactorBaselinePath(ReactorSites reactor, File baselineFile) {
        return baselineFile != null
                ? baselinePath(baselineFile)
                : reactor.executionRootDirectory().resolve(DEFAULT_BASELINE_FILE);
    }

    /** The file {@code baselineFile} names, or {@code hydra-baseline.txt} in the base directory. */
    Path baselinePath(File baselineFile) {
        return baselineFile != null
                ? baselineFile.toPath().toAbsolutePath().normalize()
                : baseDirectory().resolve(DEFAULT_BASELINE_FILE);
    }
}
