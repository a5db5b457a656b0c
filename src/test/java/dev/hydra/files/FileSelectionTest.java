package dev.hydra.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a check reads, from Ant-style patterns relative to the project's base directory. */
class FileSelectionTest {

    @TempDir
    Path base;

    private void write(String... paths) throws IOException {
        for (String path : paths) {
            Path file = base.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "# " + path);
        }
    }

    private List<String> select(List<String> includes, List<String> excludes, List<String> modules) throws IOException {
        return FileSelection.select(base, includes, excludes, modules).files().stream()
                .map(file -> FileSelection.relative(base.toAbsolutePath().normalize(), file))
                .toList();
    }

    @Test
    void theDefaultsFindMarkdownAndAsciiDocOutsideBuildOutputAndModules() throws IOException {
        write(
                "README.md",
                "CHANGELOG.markdown",
                "docs/guide.adoc",
                "docs/deep/er/note.md",
                "docs/image.png",
                "target/site/copy.md",
                ".git/info.md",
                "node_modules/pkg/README.md",
                "module-a/README.md",
                "src/site/markdown/index.md",
                "src/test/resources/fixture.md",
                "src/it/case/README.md");

        assertEquals(
                List.of("CHANGELOG.markdown", "README.md", "docs/deep/er/note.md", "docs/guide.adoc"),
                select(FileSelection.DEFAULT_INCLUDES, FileSelection.DEFAULT_EXCLUDES, List.of("module-a")));
    }

    @Test
    void excludesLeaveOutFilesAndWholeFolders() throws IOException {
        write("README.md", "docs/a.md", "docs/old/b.md", "docs/old/deeper/c.md", "docs/draft-d.md");

        assertEquals(
                List.of("README.md", "docs/a.md"),
                select(List.of("README.md", "docs/**/*.md"), List.of("docs/old/", "**/draft-*.md"), List.of()));
    }

    @Test
    void aPatternThatMatchesNothingIsAWarning() throws IOException {
        write("README.md");

        FileSelection.Selection selection =
                FileSelection.select(base, List.of("README.md", "docs/**/*.md"), List.of(), List.of());

        assertEquals(1, selection.files().size());
        assertEquals(1, selection.warnings().size());
        assertTrue(
                selection.warnings().get(0).startsWith("the file pattern 'docs/**/*.md' matched no file under "),
                selection.warnings().get(0));
    }

    @Test
    void aSymbolicLinkLoopIsNotFollowed() throws IOException {
        write("docs/a.md");
        Files.createSymbolicLink(base.resolve("docs/loop"), base.resolve("docs"));

        assertEquals(List.of("docs/a.md"), select(List.of("**/*.md"), List.of(), List.of()));
    }

    @Test
    void globsFollowAntRules() {
        assertTrue(Glob.of("**/*.md").matches("README.md"));
        assertTrue(Glob.of("**/*.md").matches("a/b/c.md"));
        assertTrue(Glob.of("docs/**/*.md").matches("docs/x.md"));
        assertFalse(Glob.of("docs/*.md").matches("docs/sub/x.md"));
        assertTrue(Glob.of("docs/?.md").matches("docs/x.md"));
        assertFalse(Glob.of("*.md").matches("docs/x.md"));
        assertTrue(Glob.of("./README.md").matches("README.md"));
        assertTrue(Glob.of("docs/").matches("docs/any/thing.adoc"));
        assertFalse(Glob.of("README.md").matches("READMEXmd"), "a dot is a dot");
    }

    @Test
    void aPatternThatLeavesTheBaseDirectoryIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Glob.of("../other/*.md"));
        assertEquals(
                "the file pattern '../other/*.md' leaves the project's base directory; patterns are relative to it,"
                        + " such as docs/**/*.md",
                refused.getMessage());
    }

    @Test
    void bracketsAreOneCharacterAndBracesOneText() {
        assertTrue(Glob.of("docs/[ab].md").matches("docs/a.md"));
        assertFalse(Glob.of("docs/[ab].md").matches("docs/c.md"));
        assertTrue(Glob.of("docs/[!ab].md").matches("docs/c.md"));
        assertFalse(Glob.of("docs/[!ab].md").matches("docs/a.md"));
        assertTrue(Glob.of("ch[0-9].md").matches("ch7.md"));
        assertTrue(Glob.of("[[]draft].md").matches("[draft].md"), "a bracket written inside brackets is itself");
        assertTrue(Glob.of("**/*.{md,adoc}").matches("docs/guide.adoc"));
        assertFalse(Glob.of("**/*.{md,adoc}").matches("docs/guide.txt"));
    }

    @Test
    void aPatternThatCannotBeReadIsRefusedSayingWhy() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Glob.of("[invalid"));
        assertEquals(
                "the file pattern '[invalid' cannot be read: it has a '[' without its closing ']' ([abc] matches one"
                        + " of these; to match the character itself, write it inside [ ], as [[] or [{])",
                refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Glob.of("docs/*.{md,adoc"));
    }
}
