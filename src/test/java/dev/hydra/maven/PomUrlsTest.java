package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hydra.project.PomUrl;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.DistributionManagement;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.MailingList;
import org.apache.maven.model.Model;
import org.apache.maven.model.Organization;
import org.apache.maven.model.Site;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** The POM's URLs with the places that declare them, as Maven's model tracks input locations. */
class PomUrlsTest {

    private static final Path ROOT = Path.of("/work/lib").toAbsolutePath();
    private static final Path LOCAL_REPOSITORY =
            Path.of("/home/me/.m2/repository").toAbsolutePath();

    private static InputLocation at(int line, String modelId, Path file) {
        InputSource source = new InputSource();
        source.setModelId(modelId);
        source.setLocation(file.toString());
        return new InputLocation(line, 5, source);
    }

    @Test
    void eachUrlIsNamedAtItsFileOrItsParentsCoordinates() {
        Path pom = ROOT.resolve("module-a/pom.xml");
        Path parentPom = ROOT.resolve("pom.xml");
        Path outside = LOCAL_REPOSITORY.resolve("org/apache/apache/35/apache-35.pom");
        Model model = new Model();
        model.setUrl("https://docs.example.org/lib/module-a/");
        model.setLocation("url", at(9, "org.example:module-a:1.0", pom));
        Organization organization = new Organization();
        organization.setUrl("https://example.org/");
        organization.setLocation("url", at(18, "org.example:lib:1.0", parentPom));
        model.setOrganization(organization);
        MailingList list = new MailingList();
        list.setArchive("https://lists.example.org/archive");
        list.setLocation("archive", at(41, "org.apache:apache:35", outside));
        list.addOtherArchive("https://mirror.example.org/archive");
        InputLocation others = at(43, "org.apache:apache:35", outside);
        others.setLocation(0, at(44, "org.apache:apache:35", outside));
        list.setLocation("otherArchives", others);
        model.addMailingList(list);
        DistributionManagement distribution = new DistributionManagement();
        Site site = new Site();
        site.setUrl("scp://docs.example.org/lib/");
        distribution.setSite(site);
        model.setDistributionManagement(distribution);
        MavenProject project = new MavenProject(model);
        project.setFile(pom.toFile());

        List<PomUrl> urls = PomUrls.of(project, ROOT, LOCAL_REPOSITORY);

        assertEquals(
                List.of(
                        new PomUrl("https://docs.example.org/lib/module-a/", "url", pom, "/module-a/pom.xml", 9),
                        new PomUrl("https://example.org/", "organization/url", parentPom, "/pom.xml", 18),
                        new PomUrl(
                                "https://lists.example.org/archive",
                                "mailingLists/mailingList/archive",
                                null,
                                "org.apache:apache:35",
                                41),
                        new PomUrl(
                                "https://mirror.example.org/archive",
                                "mailingLists/mailingList/otherArchives",
                                null,
                                "org.apache:apache:35",
                                44)),
                urls,
                "an scp: site is no link");
    }

    @Test
    void aUrlWithoutALocationIsNamedAtTheProjectsOwnPom() {
        Path pom = ROOT.resolve("pom.xml");
        Model model = new Model();
        model.setUrl("  https://docs.example.org/lib/  ");
        MavenProject project = new MavenProject(model);
        project.setFile(pom.toFile());

        assertEquals(
                List.of(new PomUrl("https://docs.example.org/lib/", "url", pom, "/pom.xml", 0)),
                PomUrls.of(project, ROOT, null));
    }
}
