package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.site.SitePart;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which file of the repository a page shown in reports is, for annotations on the line to fix. */
class PageFilesTest {

    private static final Path REPO = Path.of("/work/repo");

    @Test
    void aProjectFileLiesUnderTheFilesRoot() {
        PageFiles files = new PageFiles(REPO, REPO, List.of());
        assertEquals("docs/guide.md", files.apply("/docs/guide.md"));
        assertEquals("README.md", files.apply("/README.md#install"));
    }

    @Test
    void aSourceFileIsNamedFromTheWorkspaceWhenItLiesInIt() {
        PageFiles files = new PageFiles(REPO, null, List.of(SitePart.whole(REPO.resolve("module/target/site"), null)));
        assertEquals("module/src/site/markdown/guide.md", files.sourceFile(REPO, "module/src/site/markdown/guide.md"));
        assertEquals("module/src/site/apt/a.apt", files.sourceFile(REPO.resolve("module"), "src/site/apt/a.apt"));
        assertNull(files.sourceFile(Path.of("/elsewhere"), "src/site/apt/a.apt"));
        assertNull(files.sourceFile(null, "src/site/apt/a.apt"));
    }

    @Test
    void aServedPageLiesUnderTheSiteDirectoryWithItsIndexFile() {
        PageFiles files = new PageFiles(REPO, REPO, List.of(SitePart.whole(REPO.resolve("target/site"), null)));
        assertEquals("target/site/index.html", files.apply("/"));
        assertEquals("target/site/guide/index.html", files.apply("/guide/"));
        assertEquals("target/site/faq.html", files.apply("/faq.html?x=1"));
        assertEquals("docs/notes.md", files.apply("/docs/notes.md"), "a Markdown page is a project file");
    }

    @Test
    void aLiveSitesPageOrAFileOutsideTheWorkspaceIsNoFile() {
        assertNull(new PageFiles(REPO, null, List.of()).apply("/docs/a.md"));
        assertNull(new PageFiles(REPO, REPO, List.of()).apply("https://docs.example.org/a.html"));
        assertNull(new PageFiles(REPO, Path.of("/elsewhere"), List.of()).apply("/a.md"));
    }

    @Test
    void aPageOfAStagedModuleSiteIsAFileOfThatModulesSite() {
        PageFiles files = new PageFiles(
                REPO,
                null,
                List.of(
                        SitePart.whole(REPO.resolve("target/site"), null),
                        new SitePart("/module-a/", REPO.resolve("a/target/site"), null, "module-a")));
        assertEquals("a/target/site/usage.html", files.apply("/module-a/usage.html"));
        assertEquals("a/target/site/index.html", files.apply("/module-a/"));
        assertEquals("target/site/module-b/index.html", files.apply("/module-b/"));
    }
}
