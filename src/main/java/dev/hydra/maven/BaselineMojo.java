package dev.hydra.maven;

import dev.hydra.baseline.BaselineFile;
import dev.hydra.model.CheckResult;
import dev.hydra.output.ConsoleReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the links as {@code hydra:check} does and writes the links broken now to the baseline file, so that
 * {@code hydra:check} fails only on dead links added later: the way to adopt Hydra where dead links already exist.
 * One entry a line, the link, a tab and the page or file that holds it, sorted, so that the committed file changes
 * only where links do. It takes every parameter of {@code hydra:check} that decides what is checked and how, and
 * never fails on dead links.
 *
 * @since 0.2.0
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractHydraMojo {

    /** Skip writing the baseline. */
    @Parameter(property = "hydra.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The file written, replacing the one there: by default {@code hydra-baseline.txt} in the project's base
     * directory (the folder Maven runs in without a pom), which {@code hydra:check} reads. Commit it.
     *
     * @since 0.2.0
     */
    @Parameter(property = "hydra.baselineFile")
    private File baselineFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Hydra: skipped (hydra.skip)");
        }
        runInReactor(skip, this::writeOwn, this::writeStaged);
    }

    /** The baseline of this project's own check. */
    private void writeOwn() throws MojoExecutionException {
        ProjectFiles projectFiles = projectFiles(true);
        if (nothingToCheck(projectFiles)) {
            return;
        }
        write(runCheck(projectFiles), layout().baselinePath(baselineFile));
    }

    /** One baseline for the reactor's staged site, at the execution root, which the reactor's check reads. */
    private void writeStaged(ReactorSites reactor, List<ReactorSite.ModuleSite> sites) throws MojoExecutionException {
        write(runStagedCheck(reactor, sites), layout().reactorBaselinePath(reactor, baselineFile));
    }

    private void write(CheckResult result, Path file) throws MojoExecutionException {
        int entries;
        try {
            entries = BaselineFile.write(result, file);
        } catch (IOException e) {
            throw new MojoExecutionException("Hydra: cannot write the baseline " + file + ": " + e.getMessage(), e);
        }
        getLog().info(ConsoleReport.summaryLine(result));
        getLog().info("Hydra: baseline written to " + file + ": " + entries + " dead link place"
                + (entries == 1 ? "" : "s") + (entries == 0 ? "" : "; hydra:check now fails only on others")
                + ". Commit the file.");
    }
}
