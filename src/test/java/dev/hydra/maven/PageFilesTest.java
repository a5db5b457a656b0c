package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which file of the repository a page shown in reports is, for annotations on the line to fix. */
class PageFilesTest {

    private static final Path REPO = Path.of("/work/repo");

    @Test
    void aProjectFileLiesUnderTheFilesRoot() {
        PageFiles files = new PageFiles(REPO, REPO, null);
        assertEquals("docs/guide.md", files.apply("/docs/guide.md"));
        assertEquals("README.md", files.apply("/README.md#install"));
    }

    @Test
    void aSourceFileIsNamedFromTheWorkspaceWhenItLiesInIt() {
        PageFiles files = new PageFiles(REPO, null, REPO.resolve("module/target/site"));
        assertEquals("module/src/site/markdown/guide.md", files.sourceFile(REPO, "module/src/site/markdown/guide.md"));
        assertEquals("module/src/site/apt/a.apt", files.sourceFile(REPO.resolve("module"), "src/site/apt/a.apt"));
        assertNull(files.sourceFile(Path.of("/elsewhere"), "src/site/apt/a.apt"));
        assertNull(files.sourceFile(null, "src/site/apt/a.apt"));
    }

    @Test
    void aServedPageLiesUnderTheSiteDirectoryWithItsIndexFile() {
        PageFiles files = new PageFiles(REPO, REPO, REPO.resolve("target/site"));
        assertEquals("target/site/index.html", files.apply("/"));
        assertEquals("target/site/guide/index.html", files.apply("/guide/"));
        assertEquals("target/site/faq.html", files.apply("/faq.html?x=1"));
        assertEquals("docs/notes.md", files.apply("/docs/notes.md"), "a Markdown page is a project file");
    }

    @Test
    void aLiveSitesPageOrAFileOutsideTheWorkspaceIsNoFile() {
        assertNull(new PageFiles(REPO, null, null).apply("/docs/a.md"));
        assertNull(new PageFiles(REPO, REPO, null).apply("https://docs.example.org/a.html"));
        assertNull(new PageFiles(REPO, Path.of("/elsewhere"), null).apply("/a.md"));
    }
}
