package dev.hydra.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.ReportSet;
import org.apache.maven.project.MavenProject;

/**
 * The report pages that {@code mvn site} writes after the Dead Links page. maven-site-plugin renders every Doxia
 * document (Markdown, APT, xdoc, ...) before any report, then the reports in turn, then the Project Information and
 * Project Reports pages: when the Dead Links page is rendered, its own page, those two, and the reports after it are
 * missing, or hold an earlier build's copy. Which reports come after it cannot be asked of the site plugin, so every
 * report of {@code <reporting>} counts, by its page name: a report's page is named after its goal
 * ({@code summary.html}), as maven-project-info-reports-plugin names them; a plugin listed without
 * {@code <reportSets>} may render any of its goals.
 */
final class ReportPagesToCome {

    /** The category pages the site plugin writes after every report. */
    private static final Set<String> CATEGORY_PAGES = Set.of("project-info", "project-reports");

    private ReportPagesToCome() {}

    /**
     * The site-absolute paths ({@code /hydra.html}) of the pages still to come: the candidates whose file is not in
     * {@code siteOutput} yet, or was written before this build began. The Dead Links page itself always is.
     *
     * @param goalsOf the goals of a reporting plugin, for one listed without {@code <reportSets>}
     * @param buildStart when this build began, or null when unknown (then only missing files count)
     */
    static Set<String> of(
            MavenProject project,
            Function<ReportPlugin, List<String>> goalsOf,
            String ownOutputName,
            Path siteOutput,
            Instant buildStart) {
        Set<String> names = new LinkedHashSet<>(CATEGORY_PAGES);
        if (project != null && project.getReportPlugins() != null) {
            for (ReportPlugin plugin : project.getReportPlugins()) {
                if (plugin.getReportSets().isEmpty()) {
                    // without <reportSets> the plugin renders its default reports (Maven 3 adds
                    // maven-project-info-reports-plugin so): any of its goals may be one
                    names.addAll(goalsOf.apply(plugin));
                }
                for (ReportSet set : plugin.getReportSets()) {
                    names.addAll(set.getReports());
                }
            }
        }
        Set<String> pages = new LinkedHashSet<>();
        pages.add("/" + ownOutputName + ".html");
        for (String name : names) {
            if (!writtenInThisBuild(siteOutput.resolve(name + ".html"), buildStart)) {
                pages.add("/" + name + ".html");
            }
        }
        return pages;
    }

    private static boolean writtenInThisBuild(Path page, Instant buildStart) {
        try {
            return Files.isRegularFile(page)
                    && (buildStart == null
                            || !Files.getLastModifiedTime(page).toInstant().isBefore(buildStart));
        } catch (IOException e) {
            return false;
        }
    }
}
