package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import org.apache.maven.model.DistributionManagement;
import org.apache.maven.model.Model;
import org.apache.maven.model.Site;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** Where site:stage puts a project's site, from its site URL, or from the artifactIds without one. */
class StagedSitePathTest {

    private static final File TOP = new File("/work/reactor");

    @Test
    void aModulesPathIsItsSiteUrlBelowTheTopProjects() {
        MavenProject parent = project("reactor", TOP, "scp://docs.example.org/reactor/", null);
        MavenProject nested = project(
                "module-b",
                new File(TOP, "components/beta"),
                "scp://docs.example.org/reactor/components/module-b",
                parent);
        MavenProject deeper = project(
                "part",
                new File(TOP, "components/beta/part"),
                "scp://docs.example.org/reactor/components/module-b/part",
                nested);

        assertEquals("/", StagedSitePath.of(parent));
        assertEquals("/components/module-b/", StagedSitePath.of(nested));
        assertEquals("/components/module-b/part/", StagedSitePath.of(deeper));
    }

    @Test
    void withoutSiteUrlsThePathIsTheArtifactIdsFromTheTopDown() {
        MavenProject parent = project("reactor", TOP, null, null);
        MavenProject module = project("module-a", new File(TOP, "a-folder"), null, parent);
        MavenProject deeper = project("part", new File(TOP, "a-folder/p"), null, module);

        assertEquals("/module-a/", StagedSitePath.of(module));
        assertEquals("/module-a/part/", StagedSitePath.of(deeper));
    }

    @Test
    void aParentFromARepositoryOrAnotherSiteIsNotPartOfTheStagedSite() {
        MavenProject corporate = project("corporate-parent", new File("/home/me/.m2/repository/org/x"), null, null);
        MavenProject project = project("library", TOP, null, corporate);
        assertEquals("/", StagedSitePath.of(project));

        MavenProject elsewhere = project("umbrella", TOP, "https://umbrella.example.org/", null);
        MavenProject own = project("own", new File(TOP, "own"), "https://own.example.org/", elsewhere);
        assertEquals("/", StagedSitePath.of(own));
    }

    private static MavenProject project(String artifactId, File folder, String siteUrl, MavenProject parent) {
        Model model = new Model();
        model.setGroupId("dev.hydra.it");
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        if (siteUrl != null) {
            DistributionManagement management = new DistributionManagement();
            Site site = new Site();
            site.setId("docs");
            site.setUrl(siteUrl);
            management.setSite(site);
            model.setDistributionManagement(management);
        }
        MavenProject project = new MavenProject(model);
        project.setFile(new File(folder, "pom.xml"));
        project.setParent(parent);
        return project;
    }
}
