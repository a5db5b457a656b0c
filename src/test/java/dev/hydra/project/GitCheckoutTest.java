package dev.hydra.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkout's root and branch, read from .git as git writes it, without git. */
class GitCheckoutTest {

    @TempDir
    Path folder;

    private Path write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theBranchComesFromHeadInTheNearestGitFolderAbove() throws IOException {
        write(".git/HEAD", "ref: refs/heads/main\n");
        Path module = Files.createDirectories(folder.resolve("modules/core"));

        GitCheckout checkout = GitCheckout.holding(module).orElseThrow();

        assertEquals(folder.toAbsolutePath().normalize(), checkout.root());
        assertEquals("main", checkout.branch());
        assertTrue(checkout.isCheckedOut("main") && checkout.isCheckedOut("HEAD"));
        assertFalse(checkout.isCheckedOut("v1.0"));
    }

    @Test
    void aLinkedWorktreeNamesItsGitDirectoryInAGitFile() throws IOException {
        write("main/.git/worktrees/wt/HEAD", "ref: refs/heads/feature/links\n");
        write("wt/.git", "gitdir: ../main/.git/worktrees/wt\n");

        GitCheckout checkout = GitCheckout.holding(folder.resolve("wt")).orElseThrow();

        assertEquals(folder.resolve("wt").toAbsolutePath().normalize(), checkout.root());
        assertEquals("feature/links", checkout.branch());
    }

    @Test
    void aDetachedHeadHasNoBranch() throws IOException {
        write(".git/HEAD", "3f2a9c1d5e8b7a6f4c3b2a1d0e9f8a7b6c5d4e3f\n");

        GitCheckout checkout = GitCheckout.holding(folder).orElseThrow();

        assertNull(checkout.branch());
        assertTrue(checkout.isCheckedOut("HEAD"));
        assertFalse(checkout.isCheckedOut("3f2a9c1d5e8b7a6f4c3b2a1d0e9f8a7b6c5d4e3f"));
    }

    @Test
    void aGitFileNamingNothingReadableLeavesNoBranch() throws IOException {
        write(".git", "not a git file\n");

        assertNull(GitCheckout.holding(folder).orElseThrow().branch());
    }
}
