package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.ProjectBuildingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modules a project of the build declares while the session holds no project of them ({@code mvn -N site}): each
 * at the path site:stage gives it, read from its POM on disk.
 */
class ModulesNotInSessionTest {

    @TempDir
    Path top;

    private final RecordingLog log = new RecordingLog();

    @Test
    void everyDeclaredModuleOutsideTheSessionStandsAtItsStagedPath() throws IOException {
        MavenProject parent =
                project(pom(top, "reactor", "scp://docs.example.org/reactor/", "module-a", "components/beta"));
        pom(top.resolve("module-a"), "module-a", null, "part");
        pom(top.resolve("module-a/part"), "part", null);
        // module B's URL says where site:stage puts it, though its folder and artifactId differ
        pom(top.resolve("components/beta"), "module-b", "scp://docs.example.org/reactor/components/module-b");

        List<ReactorSites.AbsentSite> absent = find(parent, Set.of(pomPath(top)));

        assertEquals(
                "[module-a (/module-a/), module-b (/components/module-b/), part (/module-a/part/)]", absent.toString());
        assertTrue(log.warnings.isEmpty(), log.allWarnings());
    }

    @Test
    void aModuleTheSessionHoldsIsNotLeftOut() throws IOException {
        MavenProject parent = project(pom(top, "reactor", null, "module-a", "module-b"));
        pom(top.resolve("module-a"), "module-a", null);
        pom(top.resolve("module-b"), "module-b", null);

        List<ReactorSites.AbsentSite> absent = find(parent, Set.of(pomPath(top), pomPath(top.resolve("module-a"))));

        assertEquals("[module-b (/module-b/)]", absent.toString());
    }

    @Test
    void aModuleWhosePomCannotBeReadIsNamedAndStandsAtItsFolderName() throws IOException {
        MavenProject parent = project(pom(top, "reactor", null, "broken", "gone"));
        Files.createDirectories(top.resolve("broken"));
        Files.writeString(top.resolve("broken/pom.xml"), "<project><artifactId>half");

        List<ReactorSites.AbsentSite> absent = find(parent, Set.of(pomPath(top)));

        assertEquals("[broken (/broken/), gone (/gone/)]", absent.toString());
        assertEquals(2, log.warnings.size(), log.allWarnings());
        assertTrue(
                log.warnings.get(0).contains("cannot read the POM of the module broken of reactor"), log.allWarnings());
        assertTrue(log.warnings.get(1).contains("the module gone of reactor has no POM at"), log.allWarnings());
    }

    @Test
    void aSiteCheckedAloneSeesTheAbsentSitesBelowItAtItsOwnRoot() {
        List<ReactorSites.AbsentSite> absent = List.of(
                new ReactorSites.AbsentSite("module-a", "/module-a/"),
                new ReactorSites.AbsentSite("part", "/module-a/part/"),
                new ReactorSites.AbsentSite("module-b", "/components/module-b/"));

        assertEquals(absent, ReactorSites.below(absent, "/"));
        assertEquals("[part (/part/)]", ReactorSites.below(absent, "/module-a/").toString());
        assertEquals(List.of(), ReactorSites.below(absent, "/module-a/part/"));
    }

    private List<ReactorSites.AbsentSite> find(MavenProject parent, Set<Path> inSession) {
        return ModulesNotInSession.find(List.of(parent), inSession, parent, ModulesNotInSessionTest::read, log);
    }

    /** Reads a POM as it is written, without inheritance: these modules say their own site URLs. */
    private static MavenProject read(File pom) throws ProjectBuildingException {
        try (Reader reader = Files.newBufferedReader(pom.toPath())) {
            Model model = new MavenXpp3Reader().read(reader);
            model.setGroupId("dev.hydra.it");
            model.setVersion("1.0");
            return project(model, pom);
        } catch (IOException | org.codehaus.plexus.util.xml.pull.XmlPullParserException e) {
            throw new ProjectBuildingException("dev.hydra.it:?", e.getMessage(), e);
        }
    }

    private static MavenProject project(Path pom) throws IOException {
        try {
            return read(pom.toFile());
        } catch (ProjectBuildingException e) {
            throw new IOException(e);
        }
    }

    private static MavenProject project(Model model, File pom) {
        MavenProject project = new MavenProject(model);
        project.setFile(pom);
        return project;
    }

    private static Path pom(Path folder, String artifactId, String siteUrl, String... modules) throws IOException {
        Files.createDirectories(folder);
        StringBuilder xml = new StringBuilder("<project><modelVersion>4.0.0</modelVersion><artifactId>")
                .append(artifactId)
                .append("</artifactId>");
        if (siteUrl != null) {
            xml.append("<distributionManagement><site><id>docs</id><url>")
                    .append(siteUrl)
                    .append("</url></site></distributionManagement>");
        }
        if (modules.length > 0) {
            xml.append("<modules>");
            for (String module : modules) {
                xml.append("<module>").append(module).append("</module>");
            }
            xml.append("</modules>");
        }
        Files.writeString(folder.resolve("pom.xml"), xml.append("</project>").toString());
        return folder.resolve("pom.xml");
    }

    private static Path pomPath(Path folder) {
        return folder.resolve("pom.xml").toAbsolutePath().normalize();
    }
}
