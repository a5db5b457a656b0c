package dev.hydra.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.building.ModelBuildingRequest;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.DefaultProjectBuildingRequest;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuilder;
import org.apache.maven.project.ProjectBuildingException;
import org.apache.maven.project.ProjectBuildingRequest;

/**
 * The modules that projects of the build declare in {@code <modules>} (their active profiles' too, as Maven's model
 * gives them) while the session holds no project of them: {@code mvn -N site}, or {@code -pl .} in the parent. Their
 * sites are not made by this build, as those of modules left out with {@code -pl} are not. Each module's POM is read
 * alone, so that its inherited site URL and its artifactId give its place in the staged site as site:stage would.
 */
final class ModulesNotInSession {

    /** Reads one module's POM into a project, with its parents' inheritance. */
    @FunctionalInterface
    interface PomReader {
        MavenProject read(File pom) throws ProjectBuildingException;
    }

    private ModulesNotInSession() {}

    /**
     * Reads a module's POM with Maven's {@code ProjectBuilder} as the session would, without its modules, plugins or
     * dependencies, and with minimal validation: only its place in the site is wanted.
     */
    static PomReader reader(ProjectBuilder builder, MavenSession session) {
        return pom -> {
            ProjectBuildingRequest request = new DefaultProjectBuildingRequest(session.getProjectBuildingRequest());
            request.setProject(null);
            request.setProcessPlugins(false);
            request.setResolveDependencies(false);
            request.setValidationLevel(ModelBuildingRequest.VALIDATION_LEVEL_MINIMAL);
            return builder.build(pom, request).getProject();
        };
    }

    /**
     * The module sites that the projects in {@code declaring} declare, and the modules those declare in turn, that
     * are none of {@code inSession}'s POMs, each at its staged path below {@code top}'s site. A POM that cannot be read
     * is named in a warning and stands at its folder's name below the project that declares it.
     *
     * @param declaring projects of the build on {@code top}'s site
     * @param inSession the POM files of the projects the session holds, built or not
     */
    static List<ReactorSites.AbsentSite> find(
            List<MavenProject> declaring, Set<Path> inSession, MavenProject top, PomReader reader, Log log) {
        List<ReactorSites.AbsentSite> absent = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>(inSession);
        Deque<Declared> open = new ArrayDeque<>();
        for (MavenProject project : declaring) {
            open.add(new Declared(project, StagedSitePath.of(project)));
        }
        while (!open.isEmpty()) {
            Declared next = open.removeFirst();
            if (next.project().getModules() == null || next.project().getBasedir() == null) {
                continue;
            }
            for (String module : next.project().getModules()) {
                Path pom = pomOf(next.project().getBasedir().toPath(), module);
                if (!seen.add(pom)) {
                    continue;
                }
                MavenProject read = read(reader, pom, next.project(), module, log);
                if (read == null) {
                    String folder = pom.getParent().getFileName().toString();
                    absent.add(new ReactorSites.AbsentSite(folder, next.path() + folder + "/"));
                    continue;
                }
                String path = StagedSitePath.ofModule(read, next.path(), top);
                absent.add(new ReactorSites.AbsentSite(read.getArtifactId(), path));
                open.add(new Declared(read, path));
            }
        }
        return absent;
    }

    /** The POM file a {@code <module>} entry names: a folder's {@code pom.xml}, or the file it names. */
    static Path pomOf(Path declaringFolder, String module) {
        Path named = declaringFolder.resolve(module.trim()).toAbsolutePath().normalize();
        return Files.isRegularFile(named) ? named : named.resolve("pom.xml");
    }

    private static MavenProject read(PomReader reader, Path pom, MavenProject declaring, String module, Log log) {
        if (!Files.isRegularFile(pom)) {
            log.warn("Hydra: the module " + module + " of " + declaring.getArtifactId() + " has no POM at " + pom
                    + ": links into its site are taken to lead below " + declaring.getArtifactId()
                    + "'s site, in the module's folder name");
            return null;
        }
        try {
            MavenProject project = reader.read(pom.toFile());
            if (project != null) {
                return project;
            }
        } catch (ProjectBuildingException | RuntimeException e) {
            log.warn("Hydra: cannot read the POM of the module " + module + " of " + declaring.getArtifactId() + " ("
                    + pom + "): " + oneLine(e.getMessage()) + ". Links into its site are taken to lead below "
                    + declaring.getArtifactId() + "'s site, in the module's folder name");
            return null;
        }
        return null;
    }

    /** Maven's message on one line: its problems' lines would read as lines of the build log of their own. */
    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** A project whose modules are still to be read, at its staged path. */
    private record Declared(MavenProject project, String path) {}
}
