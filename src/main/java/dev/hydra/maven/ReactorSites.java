package dev.hydra.maven;

import dev.hydra.site.SitePart;
import dev.hydra.sources.SourceFolders;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * One project's view of its reactor's staged site: whether its check takes part, its site's place in the staged
 * layout, and whether its check is the last of the reactor, which then checks all the module sites at once.
 */
final class ReactorSites {

    private final MavenSession session;
    private final MavenProject project;
    private final MojoExecution execution;
    private final Log log;
    private final ReactorSite reactor;
    private final ModulesNotInSession.PomReader modulePoms;

    /** @param modulePoms reads the POM of a module outside the session, or null to leave such modules out */
    ReactorSites(
            MavenSession session,
            MavenProject project,
            MojoExecution execution,
            Log log,
            ModulesNotInSession.PomReader modulePoms) {
        this.modulePoms = modulePoms;
        this.session = session;
        this.project = project;
        this.execution = execution;
        this.log = log;
        this.reactor = gathering();
    }

    /**
     * Whether this project's check of {@code directory} takes part in the staged site: the directory is the project's
     * own site, and the project is one of several in the build, or a module built without its parent.
     */
    boolean stages(File directory) {
        if (reactor == null || directory == null || project == null || project.getFile() == null) {
            return false;
        }
        Path site = siteOutputDirectory(project);
        if (site == null || !directory.toPath().toAbsolutePath().normalize().equals(site)) {
            return false;
        }
        return session.getProjects().size() > 1 || !StagedSitePath.of(project).equals("/");
    }

    /**
     * Records this project's check with its site and files, or none; true when it is the reactor's last. A
     * {@code directory} of null records a check that takes no part.
     */
    boolean ran(File directory, SourceFolders sources, Path reportDirectory, List<Path> files) {
        if (reactor == null) {
            return false;
        }
        if (directory == null) {
            return reactor.ran(project.getId(), null, null);
        }
        Path folder = directory.toPath().toAbsolutePath().normalize();
        ReactorSite.ModuleSite site = siteOf(project, folder, sources, reportDirectory, files);
        if (site == null) {
            return reactor.ran(project.getId(), null, folder.toString());
        }
        boolean last = reactor.ran(project.getId(), site, null);
        if (!last) {
            log.info("Hydra: the site of " + project.getArtifactId() + " is checked as "
                    + site.part().path()
                    + " of the reactor's staged site once the last module's check runs (" + reactor.progress()
                    + " checks have run)");
        }
        return last;
    }

    /**
     * Whether this goal runs once for the whole reactor: named on the command line ({@code mvn site hydra:check}),
     * a goal that needs no project runs once, at the execution root, after the other goals of every project.
     */
    boolean runsOnce() {
        return reactor != null && runsOnce(session, execution);
    }

    /**
     * Whether a goal runs once for a reactor of several projects, at its execution root: Maven runs a goal named on
     * the command line that needs no project (or aggregates) that way.
     */
    static boolean runsOnce(MavenSession session, MojoExecution execution) {
        return session != null
                && execution != null
                && session.getProjects() != null
                && session.getProjects().size() > 1
                && execution.getSource() == MojoExecution.Source.CLI
                && (!execution.getMojoDescriptor().isProjectRequired()
                        || execution.getMojoDescriptor().isAggregator());
    }

    /**
     * The site of every project of the build, for a goal that runs once: each project's own site folder, as this
     * project's {@code directory} is its own; a project without one is named in a warning.
     */
    List<ReactorSite.ModuleSite> everySite(Function<MavenProject, SourceFolders> sources) {
        List<ReactorSite.ModuleSite> sites = new ArrayList<>();
        for (MavenProject member : session.getProjects()) {
            Path folder = siteOutputDirectory(member);
            ReactorSite.ModuleSite site = folder == null
                    ? null
                    : siteOf(
                            member,
                            folder,
                            sources.apply(member),
                            Path.of(member.getBuild().getDirectory(), "hydra"),
                            List.of());
            if (site != null) {
                sites.add(site);
            }
        }
        return sites;
    }

    /**
     * A project's site at its place in the staged layout, or null, with a warning, when its folder holds no site
     * ({@code mvn verify} without {@code site}, or {@code maven.site.skip}).
     */
    private ReactorSite.ModuleSite siteOf(
            MavenProject member, Path folder, SourceFolders sources, Path reportDirectory, List<Path> files) {
        String path = StagedSitePath.of(member);
        if (!Files.isRegularFile(folder.resolve("index.html"))) {
            log.warn("Hydra: " + member.getArtifactId() + " has no site in " + folder + " (run mvn site first):"
                    + " links into " + path + " are judged without it");
            return null;
        }
        return new ReactorSite.ModuleSite(
                new SitePart(path, folder, sources, member.getArtifactId()), reportDirectory, files);
    }

    /**
     * A module site this build left out ({@code -pl}, {@code -am}, {@code -rf}).
     *
     * @param name the module's artifactId
     * @param path its path in the staged layout
     */
    record AbsentSite(String name, String path) {

        @Override
        public String toString() {
            return name + " (" + path + ")";
        }
    }

    /** The module sites of the reactor that this build left out: see {@link #absentSites(MavenSession, MavenProject, ModulesNotInSession.PomReader, Log)}. */
    List<AbsentSite> absentSites() {
        return absentSites(session, project, modulePoms, log);
    }

    /**
     * The module sites of the reactor, on the same staged site as {@code project}, that this build left out: projects
     * of the whole reactor that are not in the build ({@code -pl}), and modules that projects of the build declare
     * while the session holds no project of them ({@code -N}, {@code -pl .}), read with {@code modulePoms}.
     *
     * @param modulePoms reads a module's POM, or null to leave modules outside the session out
     */
    static List<AbsentSite> absentSites(
            MavenSession session, MavenProject project, ModulesNotInSession.PomReader modulePoms, Log log) {
        if (session == null
                || project == null
                || project.getFile() == null
                || session.getAllProjects() == null
                || session.getProjects() == null) {
            return List.of();
        }
        Set<String> built = new LinkedHashSet<>();
        session.getProjects().forEach(member -> built.add(member.getId()));
        MavenProject topProject = StagedSitePath.topOf(project);
        String top = topProject.getId();
        List<AbsentSite> absent = new ArrayList<>();
        Set<Path> inSession = new LinkedHashSet<>();
        for (MavenProject member : session.getAllProjects()) {
            if (member.getFile() == null) {
                continue;
            }
            inSession.add(member.getFile().toPath().toAbsolutePath().normalize());
            if (!built.contains(member.getId())
                    && top.equals(StagedSitePath.topOf(member).getId())) {
                absent.add(new AbsentSite(member.getArtifactId(), StagedSitePath.of(member)));
            }
        }
        if (modulePoms != null) {
            List<MavenProject> declaring = new ArrayList<>();
            for (MavenProject member : session.getProjects()) {
                if (member.getFile() != null
                        && top.equals(StagedSitePath.topOf(member).getId())) {
                    inSession.add(member.getFile().toPath().toAbsolutePath().normalize());
                    declaring.add(member);
                }
            }
            absent.addAll(ModulesNotInSession.find(declaring, inSession, topProject, modulePoms, log));
        }
        return absent;
    }

    /**
     * The absent module sites below a site checked alone at {@code sitePath} of the staged site, at their paths as
     * that site serves them: {@code /module-a/} below the parent's {@code /}, {@code /b/} for {@code /a/b/} below
     * {@code /a/}. Sites elsewhere are left out: no link of this site leads into them as a module.
     */
    static List<AbsentSite> below(List<AbsentSite> absent, String sitePath) {
        List<AbsentSite> below = new ArrayList<>();
        for (AbsentSite site : absent) {
            if (site.path().startsWith(sitePath) && site.path().length() > sitePath.length()) {
                below.add(new AbsentSite(site.name(), "/" + site.path().substring(sitePath.length())));
            }
        }
        return below;
    }

    /** The one warning that names the module sites this build left out, or null when it left none out. */
    static String absentWarning(List<AbsentSite> absent, String wholeSiteCommand) {
        if (absent.isEmpty()) {
            return null;
        }
        return "Hydra: " + absent.size() + " module site" + (absent.size() == 1 ? " is" : "s are")
                + " not in this build (-N, -pl, -am, -rf): "
                + absent.stream().map(AbsentSite::toString).collect(java.util.stream.Collectors.joining(", "))
                + "; links into them are reported as site-not-built, not checked. To check the whole site: "
                + wholeSiteCommand;
    }

    /**
     * The command that checks the whole staged site again: the build's goals in the execution root, without
     * {@code -pl} or {@code -rf}, which would leave module sites out.
     */
    String wholeSiteCommand() {
        return wholeSiteCommand(session);
    }

    /** See {@link #wholeSiteCommand()}. */
    static String wholeSiteCommand(MavenSession session) {
        List<String> goals =
                session.getRequest() == null ? null : session.getRequest().getGoals();
        return "mvn " + (goals == null || goals.isEmpty() ? "site verify" : String.join(" ", goals)) + " in "
                + executionRootDirectory(session) + " (without -N, -pl or -rf)";
    }

    /** The goal as a user runs it again: {@code hydra:check}. */
    String goal() {
        return "hydra:" + execution.getGoal();
    }

    /** The module sites gathered; each folder with an index.html. */
    List<ReactorSite.ModuleSite> sites() {
        return reactor == null ? List.of() : reactor.sites();
    }

    /** The site folders missing when their projects' checks ran. */
    List<String> missing() {
        return reactor == null ? List.of() : reactor.missing();
    }

    /** The folder Maven runs in: where the reactor's report and baseline are, also with {@code -pl}. */
    Path executionRootDirectory() {
        return executionRootDirectory(session);
    }

    private static Path executionRootDirectory(MavenSession session) {
        return Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
    }

    /**
     * The execution root's build directory ({@code target}, or the root project's own): where site:stage stages the
     * site, and the reactor's report goes.
     */
    Path executionRootBuildDirectory() {
        MavenProject top = session.getTopLevelProject();
        if (top != null
                && top.getBasedir() != null
                && top.getBasedir().toPath().toAbsolutePath().normalize().equals(executionRootDirectory())
                && top.getBuild() != null
                && top.getBuild().getDirectory() != null) {
            return Path.of(top.getBuild().getDirectory()).toAbsolutePath().normalize();
        }
        return executionRootDirectory().resolve("target");
    }

    /** A project's own site folder: {@code ${project.reporting.outputDirectory}}, else {@code target/site}. */
    static Path siteOutputDirectory(MavenProject member) {
        String folder = member.getReporting() != null ? member.getReporting().getOutputDirectory() : null;
        if (folder == null && member.getBuild() != null && member.getBuild().getDirectory() != null) {
            folder = member.getBuild().getDirectory() + File.separator + "site";
        }
        return folder == null ? null : Path.of(folder).toAbsolutePath().normalize();
    }

    /** The build's gathering, or null outside a real build (a test's session has no data to keep it in). */
    private ReactorSite gathering() {
        if (session == null
                || session.getRepositorySession() == null
                || session.getProjects() == null
                || project == null
                || execution == null) {
            return null;
        }
        String pluginKey = execution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        // one gathering per goal: check and baseline in one build each see the whole reactor
        String key = ReactorSite.class.getName() + ":"
                + execution.getMojoDescriptor().getPluginDescriptor().getVersion() + ":" + execution.getGoal();
        return ReactorSite.of(session.getRepositorySession().getData(), key, projectsRunningCheck(pluginKey));
    }

    /**
     * The projects of the build whose check (or baseline) runs: all of them when the goal was named on the command
     * line, else those that bind it in their build.
     */
    private Set<String> projectsRunningCheck(String pluginKey) {
        boolean fromCommandLine = execution.getSource() == MojoExecution.Source.CLI;
        Set<String> ids = new LinkedHashSet<>();
        for (MavenProject candidate : session.getProjects()) {
            if (fromCommandLine || binds(candidate, pluginKey, execution.getGoal())) {
                ids.add(candidate.getId());
            }
        }
        ids.add(project.getId());
        return ids;
    }

    private static boolean binds(MavenProject candidate, String pluginKey, String goal) {
        for (Plugin plugin : candidate.getBuildPlugins()) {
            if (pluginKey.equals(plugin.getKey())) {
                for (PluginExecution bound : plugin.getExecutions()) {
                    if (bound.getGoals().contains(goal)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
