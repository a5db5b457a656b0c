package dev.hydra.maven;

import dev.hydra.sources.SourceFolders;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;

/**
 * How a goal runs in a reactor whose module sites are checked as one staged site. A project whose {@code directory}
 * is its own site only records it; any other runs its own check; the project whose goal completes the reactor then
 * checks the staged site (after its own check, when it has one: a failure of one does not keep the other from
 * running). A goal named on the command line runs once, after every project's site, and checks them at once.
 */
final class ReactorGoal {

    /** A step of a goal that may stop the build. */
    @FunctionalInterface
    interface Step {
        void run() throws MojoExecutionException, MojoFailureException;
    }

    /** The step that handles the reactor's staged site. */
    @FunctionalInterface
    interface StagedStep {
        void run(ReactorSites reactor, List<ReactorSite.ModuleSite> sites)
                throws MojoExecutionException, MojoFailureException;
    }

    /**
     * This project's own site, which takes part in the staged site.
     *
     * @param directory its folder
     * @param sources where its pages come from
     * @param reportDirectory where its part of the reactor's results goes
     * @param files its own files chosen by {@code files}, checked with the staged site
     */
    record OwnSite(File directory, SourceFolders sources, Path reportDirectory, List<Path> files) {}

    private ReactorGoal() {}

    /**
     * @param ownSite this project's site when it takes part in the staged site, else null
     * @param sourcesOf where another project's pages come from, for a goal that runs once
     */
    static void run(
            ReactorSites reactor,
            boolean skipped,
            OwnSite ownSite,
            Function<MavenProject, SourceFolders> sourcesOf,
            Step own,
            StagedStep staged)
            throws MojoExecutionException, MojoFailureException {
        if (skipped) {
            if (reactor.ran(null, null, null, List.of())) {
                runStaged(reactor, staged);
            }
            return;
        }
        if (ownSite != null && reactor.runsOnce()) {
            List<ReactorSite.ModuleSite> sites = reactor.everySite(sourcesOf);
            if (sites.isEmpty()) {
                throw new MojoExecutionException("Hydra: no project of the reactor has a site to check in its"
                        + " target/site. Generate the sites first: mvn site " + reactor.goal());
            }
            staged.run(reactor, sites);
            return;
        }
        if (ownSite != null) {
            if (reactor.ran(ownSite.directory(), ownSite.sources(), ownSite.reportDirectory(), ownSite.files())) {
                runStaged(reactor, staged);
            }
            return;
        }
        boolean last = reactor.ran(null, null, null, List.of());
        MojoFailureException failure = null;
        try {
            own.run();
        } catch (MojoFailureException e) {
            failure = e;
        }
        if (last) {
            try {
                runStaged(reactor, staged);
            } catch (MojoFailureException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void runStaged(ReactorSites reactor, StagedStep staged)
            throws MojoExecutionException, MojoFailureException {
        List<ReactorSite.ModuleSite> sites = reactor.sites();
        if (sites.isEmpty()) {
            if (!reactor.missing().isEmpty()) {
                throw new MojoExecutionException("Hydra: no module of the reactor has a site to check: "
                        + String.join(", ", reactor.missing())
                        + " hold no index.html. Generate the sites first: mvn site verify");
            }
            return;
        }
        staged.run(reactor, sites);
    }
}
