package dev.hydra.maven;

import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.plugin.BuildPluginManager;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.version.DefaultPluginVersionRequest;
import org.apache.maven.plugin.version.PluginVersionResolver;
import org.apache.maven.project.MavenProject;

/**
 * The goals of a reporting plugin, read from its descriptor, which {@code mvn site} has resolved already: a plugin
 * listed without a version (Maven 3 adds maven-project-info-reports-plugin so) gets the version Maven resolves.
 */
final class ReportingGoals {

    private final BuildPluginManager plugins;
    private final PluginVersionResolver versions;
    private final MavenSession session;
    private final MavenProject project;
    private final Log log;

    ReportingGoals(
            BuildPluginManager plugins,
            PluginVersionResolver versions,
            MavenSession session,
            MavenProject project,
            Log log) {
        this.plugins = plugins;
        this.versions = versions;
        this.session = session;
        this.project = project;
        this.log = log;
    }

    /** The plugin's goals; none, with a debug line, when they cannot be read. */
    List<String> of(ReportPlugin reportPlugin) {
        if (plugins == null || versions == null || session == null || project == null) {
            return List.of();
        }
        Plugin plugin = new Plugin();
        plugin.setGroupId(reportPlugin.getGroupId());
        plugin.setArtifactId(reportPlugin.getArtifactId());
        plugin.setVersion(reportPlugin.getVersion());
        try {
            if (plugin.getVersion() == null) {
                plugin.setVersion(versions.resolve(new DefaultPluginVersionRequest(plugin, session))
                        .getVersion());
            }
            return plugins
                    .loadPlugin(plugin, project.getRemotePluginRepositories(), session.getRepositorySession())
                    .getMojos()
                    .stream()
                    .map(MojoDescriptor::getGoal)
                    .toList();
        } catch (Exception | LinkageError e) {
            log.debug("Hydra: the reports of " + reportPlugin.getKey() + " are not known: " + e);
            return List.of();
        }
    }
}
