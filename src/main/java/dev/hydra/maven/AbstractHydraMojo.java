package dev.hydra.maven;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.crawl.LinkCheck;
import dev.hydra.files.FileSelection;
import dev.hydra.model.CheckResult;
import dev.hydra.site.SitePart;
import dev.hydra.sources.SourceFolders;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The parameters every Hydra goal shares, and the flow of a check: {@link ConfigMapping} maps them onto the engine's
 * {@link CheckConfig}, {@link ProjectLayout} says what the project's folders are.
 */
abstract class AbstractHydraMojo extends AbstractMojo {

    /**
     * The site to crawl, such as {@code https://docs.example.org/}. Set this or {@code directory}; either can be
     * combined with {@code files}. With none of the three, {@code check} checks the project's Markdown and AsciiDoc
     * files.
     */
    @Parameter(property = "hydra.url")
    protected String url;

    /**
     * A local site directory, such as {@code ${project.build.directory}/site}: Hydra serves it on 127.0.0.1 at a
     * free port for the length of the check and crawls it from its {@code index.html}. Set this or {@code url}.
     */
    @Parameter(property = "hydra.directory")
    protected File directory;

    /**
     * The project's own doc files to check, as patterns relative to the project's base directory:
     * {@code README.md}, {@code docs/**}{@code /*.md}, {@code **}{@code /*.adoc} ({@code -Dhydra.files=README.md,docs/**}{@code /*.md}).
     * Each file's links are checked as GitHub resolves them in a repository view: relative links against the file
     * system ({@code /} is the base directory, which no link can leave), {@code #anchors} against Markdown heading
     * ids as GitHub makes them, AsciiDoc section ids and HTML ids, and external links as a crawl checks them. Links
     * are shown from the base directory: {@code /docs/guide.md#install}. In a pattern, {@code *} and {@code ?} stay
     * within a folder, {@code **} spans folders, {@code [abc]} is one of these characters and {@code {md,adoc}} one of
     * these texts; a pattern that cannot be read (an unclosed {@code [}) stops the build.
     *
     * <p>When none of {@code url}, {@code directory} and {@code files} is set, {@code check} reads
     * {@code **}{@code /*.md}, {@code **}{@code /*.markdown} and {@code **}{@code /*.adoc}, outside {@code target},
     * {@code .git}, {@code node_modules} and the folders of modules, which check their own (a goal named on the command line, which runs once
     * for the whole reactor, reads theirs too). It leaves out
     * {@code src/site} too, whose links name the pages Doxia generates ({@code usage.html}: check the generated site
     * with {@code directory}), and the test fixtures in {@code src/test} and {@code src/it}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "hydra.files")
    protected List<String> files;

    /**
     * Patterns of files to leave out of {@code files} (and of the default selection), relative to the project's base
     * directory; a pattern ending in {@code /} leaves out a whole folder: {@code docs/archive/}, {@code **}{@code /CHANGELOG.md}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "hydra.fileExcludes")
    protected List<String> fileExcludes;

    /**
     * The project's Doxia site sources, where the pages of a checked {@code directory} come from: a dead link on
     * {@code /guide/usage.html} is reported with its source, such as {@code src/site/markdown/guide/usage.md}
     * (or {@code .apt}, {@code .xml} under {@code xdoc}, {@code .fml}, {@code .xhtml}, each also with {@code .vm}),
     * and the line that holds it, in {@code report.json}, {@code report.sarif}, {@code report.md} and GitHub
     * annotations. Javadoc pages under {@code apidocs/} and {@code testapidocs/} are traced to the project's main and
     * test Java sources the same way. Only a {@code directory} inside the project's build directory (such as
     * {@code target/site} or {@code target/staging}) is traced: another folder is not this project's generated site.
     *
     * @since 0.2.0
     */
    @Parameter(property = "hydra.siteSourceDirectory", defaultValue = "${project.basedir}/src/site")
    protected File siteSourceDirectory;

    /**
     * The public address of the served {@code directory}, such as {@code https://docs.example.org/lib/}. Each page's
     * links are resolved against the page's public URL, as a browser on the published site resolves them: a link that
     * lands inside this URL (relative, or written absolute as {@code https://docs.example.org/lib/usage.html}) is
     * checked against the local files; any other ({@code ../../org/} above the root, {@code /x} on a site published
     * in a folder of its host) leaves the site and is an external link. By default, for a site this project
     * generated (inside its build directory), the project's {@code <url>}, or its {@code distributionManagement} site
     * URL when that is http(s); a reactor's staged site stands at its top project's. Without any, a link above the
     * site's root is reported as {@code outside-site}.
     */
    @Parameter(property = "hydra.siteUrl")
    protected String siteUrl;

    /**
     * Rewrites of links before they are judged, each {@code REGEX REPLACEMENT}
     * ({@code -Dhydra.remaps='^https://mirror\.example\.net/lib/(.*)$ $1'}): a link whose URL the regular expression
     * is found in is judged as the replacement ({@code $1} names a group), which is another URL, or, when it is no
     * absolute URL, a path relative to the project's folder, judged as a local file with its anchors. The first entry
     * that matches decides. Reports show the link as written and what it was judged as. Links to the project's
     * repository at the branch checked out need no remap: Hydra reads them from {@code <scm>} (see the usage page).
     *
     * @since 0.3.0
     */
    @Parameter(property = "hydra.remaps")
    protected List<String> remaps;

    /**
     * Check the URLs of the project's POM too: its {@code url}, {@code organization}, {@code issueManagement},
     * {@code ciManagement}, {@code scm} url, {@code licenses}, the developers' and contributors' URLs, the mailing
     * lists' archives and an http(s) {@code distributionManagement} site, as the effective model holds them
     * (inherited ones included). Each is reported at the POM and line that declare it. They are external links:
     * offline or with {@code skipExternal} they are skipped, unless they lead to the project's repository or site.
     *
     * @since 0.3.0
     */
    @Parameter(property = "hydra.checkPomUrls", defaultValue = "true")
    protected boolean checkPomUrls;

    /** Worker threads that parse pages and read files. Requests in flight have threads of their own, one each. */
    @Parameter(property = "hydra.threads")
    protected Integer threads;

    /** The most requests in flight to one host at a time. */
    @Parameter(property = "hydra.maxConnectionsPerHost", defaultValue = "8")
    protected int maxConnectionsPerHost;

    /** The least time between two requests to one host, such as {@code 200ms}; 0 for no pause. */
    @Parameter(property = "hydra.minRequestInterval", defaultValue = "0")
    protected String minRequestInterval;

    /** The deadline of one request, from connecting to the last byte: {@code 10s}, {@code 500ms}, {@code 1m}. */
    @Parameter(property = "hydra.timeout", defaultValue = "10s")
    protected String timeout;

    /** How many times a transient failure (timeout, reset, 5xx, 429) is tried again, with exponential backoff. */
    @Parameter(property = "hydra.retries", defaultValue = "2")
    protected int retries;

    /** The longest {@code Retry-After} Hydra waits for; a server asking for more is not retried. */
    @Parameter(property = "hydra.maxRetryAfter", defaultValue = "30s")
    protected String maxRetryAfter;

    /** The most redirects followed for one link; more is reported as "too many redirects". */
    @Parameter(property = "hydra.maxRedirects", defaultValue = "10")
    protected int maxRedirects;

    /** The User-Agent header; by default {@code hydra-maven-plugin/VERSION}. */
    @Parameter(property = "hydra.userAgent")
    protected String userAgent;

    /** Extra request headers, each sent only to the hosts its pattern matches (never after a redirect elsewhere). */
    @Parameter
    protected List<Header> headers;

    /** Status codes that mean a link is alive, after redirects: a list of codes and ranges. */
    @Parameter(property = "hydra.acceptedStatusCodes", defaultValue = CheckConfig.DEFAULT_ACCEPTED)
    protected String acceptedStatusCodes;

    /**
     * Status codes that mean "a bot wall, not a dead page": reported as warnings, not broken. A 403 that carries
     * a Cloudflare challenge is always a warning.
     */
    @Parameter(property = "hydra.warningStatusCodes", defaultValue = CheckConfig.DEFAULT_WARNING)
    protected String warningStatusCodes;

    /** Regular expressions on the URL: matching links are excluded (counted, not checked). */
    @Parameter(property = "hydra.excludes")
    protected List<String> excludes;

    /** Regular expressions on the URL: when set, only matching links are checked; the rest are excluded. */
    @Parameter(property = "hydra.includes")
    protected List<String> includes;

    /** Leave links to other sites unchecked (skipped). Also on when Maven runs offline ({@code -o}). */
    @Parameter(property = "hydra.skipExternal", defaultValue = "false")
    protected boolean skipExternal;

    /**
     * Check links to private addresses too. By default a link whose host is, or resolves to, a loopback, private
     * (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), link-local (169.254/16, where cloud metadata answers,
     * fe80::/10), unspecified or multicast address is skipped as {@code private-address} and never contacted: a
     * public page cannot mean such a host for its readers ({@code http://localhost:8080/} in a README), and a check
     * must not probe a build machine's network. The URL being checked and the served directory are always checked.
     *
     * @since 0.2.0
     */
    @Parameter(property = "hydra.checkPrivateAddresses", defaultValue = "false")
    protected boolean checkPrivateAddresses;

    /**
     * Hosts checked even though their address is private: {@code localhost}, or with a port,
     * {@code localhost:8080}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "hydra.allowedPrivateHosts")
    protected List<String> allowedPrivateHosts;

    /**
     * The most pages crawled; further pages are checked but their links not followed (crawler traps). At least 1; for
     * no limit, set it above the site's size ({@code 2147483647}).
     */
    @Parameter(property = "hydra.maxPages", defaultValue = "100000")
    protected int maxPages;

    /** The most link steps from the start page that are crawled; -1 for no limit, 0 for the start page only. */
    @Parameter(property = "hydra.maxDepth", defaultValue = "-1")
    protected int maxDepth;

    /**
     * The most pages in a row that are crawled when each was found first on the one before and looks generated from it:
     * the same URL shape, a number in both (a calendar's "next month", an archive whose page N links page N+1, a pager
     * that links both {@code ?page=N} and {@code /page/N/}, a chain that alternates between {@code /trap/N} and
     * {@code /trap/N/a/b}), or a path one folder deeper (a path that grows a segment each step). Such a chain is a
     * crawler trap. Pages past it are checked, their links not followed, and the build log names the URL shape. A
     * site's real pages are found from index pages a few links from the start, so a site of any size whose numbered
     * pages are also linked from an index is not affected.
     *
     * @since 0.2.0
     */
    @Parameter(property = "hydra.maxChainLength", defaultValue = "1000")
    protected int maxChainLength;

    /** URLs longer than this are not checked (a warning): endless generated URLs are crawler traps. */
    @Parameter(property = "hydra.maxUrlLength", defaultValue = "4096")
    protected int maxUrlLength;

    /** Also check {@code #anchors} on other sites' pages (fetches them with GET and parses them). */
    @Parameter(property = "hydra.checkExternalAnchors", defaultValue = "false")
    protected boolean checkExternalAnchors;

    /**
     * The most bytes of a page read for parsing: {@code 8MB}, {@code 512KB}; at least 1 byte ({@code 2GB} for no
     * limit in practice). A larger page is checked, but read only in part: it is a {@code page-truncated} warning,
     * since links and anchors past the cut are not checked.
     */
    @Parameter(property = "hydra.maxPageSize", defaultValue = "8MB")
    protected String maxPageSize;

    /** Host patterns whose TLS certificates are not verified (self-signed test servers). */
    @Parameter(property = "hydra.insecureHosts")
    protected List<String> insecureHosts;

    /**
     * Keep the OK results of external links between builds, so that a repeat build asks other sites only about
     * links that are new, were broken, or whose result is older than {@code cacheTtl}. Internal links are always
     * checked; broken and warned links are always checked again. Off with {@code checkExternalAnchors}. Also keeps
     * each local page's and project file's links, anchors and lines (the page cache), so that a repeat build reads
     * and parses only what changed: a page whose file has the size and times it had is not read, another is read and
     * compared by its SHA-256. Every link is judged again, so the verdicts are a first build's. For a served site it
     * also keeps the last check's results: the next check takes over those its files decide where they did not
     * change, and checks again the rest (changed, added and removed files, every external link), with a full check's
     * verdicts. Off, every page is read and parsed, as in a first build.
     */
    @Parameter(property = "hydra.cache", defaultValue = "true")
    protected boolean useCache;

    /**
     * Where the result cache, the page cache and the last check's results (one file each per site, replaced when
     * Hydra's version or a setting that changes what pages link to changes) are kept. The default is outside {@code target/} on purpose: {@code mvn
     * clean} would empty it before nearly every build, and one cache serves every module and project on the machine (CI can
     * keep it between jobs like {@code ~/.m2}).
     */
    @Parameter(property = "hydra.cacheDirectory", defaultValue = "${user.home}/.cache/hydra")
    protected File cacheDirectory;

    /**
     * How long an OK result of an external link is trusted: {@code 1d}, {@code 12h}, {@code 30m}; 0 turns the cache
     * off, the page cache with it.
     */
    @Parameter(property = "hydra.cacheTtl", defaultValue = "1d")
    protected String cacheTtl;

    /**
     * In a multi-module build, check the module sites together, as {@code site:stage} lays them out (the parent at
     * {@code /}, each module under its path), in one crawl once the last module's check runs, with one report at the
     * execution root's {@code target/hydra}: links between modules, the "Modules" and parent menus and breadcrumbs are
     * judged as on the published site, and a dead link fails the build once. It applies to each project whose
     * {@code directory} is its own site ({@code ${project.reporting.outputDirectory}}, {@code target/site}); each
     * module's {@code target/hydra/report.json} then holds its own part, for its {@code hydra:report}. With
     * {@code -pl} of some modules, their sites are checked alone, and links into sites this build did not make are
     * reported as skipped ({@code site-not-built}). The settings of the project that runs last apply: set them in the
     * parent. {@code false} checks each module's site apart, as a site of its own.
     *
     * @since 0.3.0
     */
    @Parameter(property = "hydra.aggregate", defaultValue = "true")
    protected boolean aggregate;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    protected MojoExecution mojoExecution;

    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    /** Decrypts proxy passwords from {@code settings.xml} ({@code mvn --encrypt-password}). */
    @Component
    protected SettingsDecrypter settingsDecrypter;

    /** Reads the POMs of modules that the build session holds no project of ({@code mvn -N site}). */
    @Component
    protected ProjectBuilder projectBuilder;

    /** The engine's configuration, or an error that explains what to fix. */
    protected CheckConfig checkConfig() throws MojoExecutionException {
        return checkConfig(ProjectFiles.NONE);
    }

    /** The engine's configuration with the project's files chosen by {@link #projectFiles}. */
    protected CheckConfig checkConfig(ProjectFiles projectFiles) throws MojoExecutionException {
        CheckConfig.Builder builder = configBuilder();
        if (!projectFiles.files().isEmpty()) {
            builder.filesRoot(projectFiles.root()).files(projectFiles.files());
        }
        builder.sourceFolders(sourceFolders());
        layout().applyPublicSiteUrl(builder, false, getLog());
        if (isOwnSite(directory) && (url == null || url.isBlank())) {
            // the parent's own site checked alone links into its modules' sites, which this build may not make
            builder.absentSitePaths(absentSitePathsBelow(StagedSitePath.of(project)));
        }
        return ConfigMapping.build(builder);
    }

    /** Whether {@code folder} is this project's own site ({@code target/site}). */
    protected boolean isOwnSite(File folder) {
        return folder != null
                && project != null
                && project.getFile() != null
                && folder.toPath().toAbsolutePath().normalize().equals(ReactorSites.siteOutputDirectory(project));
    }

    /**
     * The paths, below a site checked alone at {@code sitePath} of the staged site, of the module sites this build
     * does not make, warning once when there are any.
     */
    protected List<String> absentSitePathsBelow(String sitePath) {
        List<ReactorSites.AbsentSite> below = ReactorSites.below(absentSites(), sitePath);
        warnAbsent(below);
        return below.stream().map(ReactorSites.AbsentSite::path).toList();
    }

    /** The module sites of this project's staged site that this build does not make: see {@link ReactorSites}. */
    protected List<ReactorSites.AbsentSite> absentSites() {
        return ReactorSites.absentSites(session, project, modulePoms(), getLog());
    }

    private ModulesNotInSession.PomReader modulePoms() {
        return projectBuilder == null || session == null || session.getProjectBuildingRequest() == null
                ? null
                : ModulesNotInSession.reader(projectBuilder, session);
    }

    private void warnAbsent(List<ReactorSites.AbsentSite> absent) {
        String warning = ReactorSites.absentWarning(absent, ReactorSites.wholeSiteCommand(session));
        if (warning != null) {
            getLog().warn(warning);
        }
    }

    /** Maps the parameters onto the engine's configuration, or explains what to fix: see {@link ConfigMapping}. */
    protected CheckConfig.Builder configBuilder() throws MojoExecutionException {
        return ConfigMapping.configBuilder(this, layout());
    }

    /** This project's folders, as this goal's parameters and Maven's project and session give them. */
    protected ProjectLayout layout() {
        return layout(directory);
    }

    /** This project's folders with another site directory, such as the site {@code mvn site} is writing. */
    protected ProjectLayout layout(File siteDirectory) {
        return new ProjectLayout(project, session, url, siteDirectory, siteSourceDirectory, siteUrl);
    }

    /** Where the pages' sources are: see {@link ProjectLayout#sourceFolders()}. */
    protected SourceFolders sourceFolders() {
        return layout().sourceFolders();
    }

    /** Whether a url or a directory is configured. */
    protected boolean hasSite() {
        return url != null && !url.isBlank() || directory != null;
    }

    protected boolean isOffline() {
        return session != null && session.isOffline();
    }

    /**
     * The project's files to check: those {@code files} names, or, when {@code byDefault} and no start is
     * configured, its Markdown and AsciiDoc files.
     */
    protected ProjectFiles projectFiles(boolean byDefault) throws MojoExecutionException {
        List<String> patterns = ConfigMapping.nonBlank(files);
        if (patterns.isEmpty() && (!byDefault || hasSite())) {
            return ProjectFiles.NONE;
        }
        ProjectLayout layout = layout();
        Path base = layout.baseDirectory();
        // modules check their own files, unless this goal runs once for the whole reactor (mvn hydra:check)
        List<String> modules =
                project != null && project.getModules() != null && !ReactorSites.runsOnce(session, mojoExecution)
                        ? project.getModules()
                        : List.of();
        try {
            List<String> excludes = new ArrayList<>(ConfigMapping.nonBlank(fileExcludes));
            if (patterns.isEmpty()) {
                excludes.addAll(FileSelection.DEFAULT_EXCLUDES);
            }
            FileSelection.Selection selection = FileSelection.select(
                    base, patterns.isEmpty() ? FileSelection.DEFAULT_INCLUDES : patterns, excludes, modules);
            if (!patterns.isEmpty()) {
                selection.warnings().forEach(warning -> getLog().warn("Hydra: " + warning));
            }
            return new ProjectFiles(base, layout.linkRoot(base), selection.files(), patterns.isEmpty());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Hydra: files: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Hydra: cannot read the files under " + base + ": " + e.getMessage(), e);
        }
    }

    /**
     * Warns and answers true when there is nothing to check: no url or directory, and no project file selected.
     */
    protected boolean nothingToCheck(ProjectFiles projectFiles) {
        if (hasSite() || !projectFiles.files().isEmpty()) {
            return false;
        }
        getLog().warn(
                        "Hydra: nothing to check: "
                                + (projectFiles.byDefault()
                                        ? "no Markdown or AsciiDoc file under " + projectFiles.base()
                                                + ", and no <url> or <directory>."
                                        : "no file matches <files>.")
                                + " Set <files> (-Dhydra.files=README.md,docs/**/*.md) for the project's docs, <directory>"
                                + " (-Dhydra.directory=target/site) for a local site, or <url> (-Dhydra.url=https://...) for a live one.");
        return true;
    }

    /** Runs the check on the configured site and the chosen project files, logging what it checks. */
    protected CheckResult runCheck(ProjectFiles projectFiles) throws MojoExecutionException {
        LinkCheck check = new LinkCheck(checkConfig(projectFiles), new MavenCheckListener(getLog()));
        if (hasSite()) {
            getLog().info("Hydra: checking " + (url != null && !url.isBlank() ? url : directory));
        }
        if (!projectFiles.files().isEmpty()) {
            getLog().info("Hydra: checking " + projectFiles.describe(20) + " (under " + projectFiles.base() + ")");
        }
        return run(check);
    }

    /**
     * Runs one check of a reactor's module sites laid out as {@code site:stage} lays them out, with this project's
     * settings.
     */
    protected CheckResult runStagedCheck(ReactorSites reactor, List<ReactorSite.ModuleSite> sites)
            throws MojoExecutionException {
        List<SitePart> parts = sites.stream().map(ReactorSite.ModuleSite::part).toList();
        List<ReactorSites.AbsentSite> absent = reactor.absentSites();
        List<Path> files =
                sites.stream().flatMap(site -> site.files().stream()).distinct().toList();
        CheckConfig.Builder builder = configBuilder()
                .siteParts(parts)
                .absentSitePaths(
                        absent.stream().map(ReactorSites.AbsentSite::path).toList())
                .sourceFolders(sourceFolders());
        layout().applyPublicSiteUrl(builder, true, getLog());
        if (!files.isEmpty()) {
            // every project's files are named from the reactor's top folder, as each module's own check names them
            builder.filesRoot(sourceFolders().root()).files(files);
        }
        CheckConfig config = ConfigMapping.build(builder);
        StringBuilder layout = new StringBuilder();
        for (SitePart part : parts) {
            layout.append("\n  ")
                    .append(part.path())
                    .append("  ")
                    .append(part.name())
                    .append(": ")
                    .append(part.directory());
        }
        if (!files.isEmpty()) {
            layout.append("\n  and ").append(files.size()).append(files.size() == 1 ? " file" : " files");
            layout.append(" chosen by <files> (under ")
                    .append(sourceFolders().root())
                    .append(')');
        }
        getLog().info("Hydra: checking the reactor's site, " + parts.size() + " module site"
                + (parts.size() == 1 ? "" : "s") + " staged as site:stage lays them out:" + layout);
        warnAbsent(absent);
        return run(new LinkCheck(config, new MavenCheckListener(getLog())));
    }

    private CheckResult run(LinkCheck check) throws MojoExecutionException {
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
     * Runs this project's goal in its reactor (see {@link ReactorGoal}): {@code own} checks this project's own start,
     * {@code staged} the reactor's staged site.
     */
    protected void runInReactor(boolean skipped, ReactorGoal.Step own, ReactorGoal.StagedStep staged)
            throws MojoExecutionException, MojoFailureException {
        ReactorSites reactor = new ReactorSites(session, project, mojoExecution, getLog(), modulePoms());
        boolean hasUrl = url != null && !url.isBlank();
        boolean staging = !skipped && aggregate && !hasUrl && reactor.stages(directory);
        ReactorGoal.run(
                reactor,
                skipped,
                staging
                        ? new ReactorGoal.OwnSite(
                                directory,
                                sourceFolders(),
                                layout().reportDirectory(),
                                projectFiles(false).files())
                        : null,
                layout()::sourceFoldersOf,
                own,
                staged);
    }

    /** When this build began, or null when Maven does not say. */
    protected Instant buildStart() {
        Date start = session == null || session.getRequest() == null
                ? null
                : session.getRequest().getStartTime();
        return start == null ? null : start.toInstant();
    }
}
