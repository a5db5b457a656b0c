package dev.hydra.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A git working tree as found on disk, without running git: its root (the folder holding {@code .git}) and the
 * branch checked out, read from {@code HEAD}. A linked worktree's {@code .git} is a file naming its git directory
 * ({@code gitdir: ...}); a detached {@code HEAD} has no branch.
 *
 * @param root the working tree's top folder
 * @param branch the branch checked out ({@code main}, {@code feature/x}), or null when {@code HEAD} is detached
 */
public record GitCheckout(Path root, String branch) {

    private static final String BRANCH_REF = "ref: refs/heads/";

    /** The checkout that holds {@code folder}: the nearest folder at or above it with a {@code .git}. */
    public static Optional<GitCheckout> holding(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return Optional.of(new GitCheckout(dir, branchIn(dotGit)));
            }
            if (Files.isRegularFile(dotGit)) {
                Path gitDir = linkedGitDir(dotGit);
                return Optional.of(new GitCheckout(dir, gitDir == null ? null : branchIn(gitDir)));
            }
        }
        return Optional.empty();
    }

    /** Whether a link's ref names what is checked out: the branch, or {@code HEAD}. */
    public boolean isCheckedOut(String ref) {
        return "HEAD".equals(ref) || ref.equals(branch);
    }

    /** The branch {@code HEAD} names in a git directory, or null when it is detached or unreadable. */
    static String branchIn(Path gitDir) {
        String head = firstLine(gitDir.resolve("HEAD"));
        return head != null && head.startsWith(BRANCH_REF) && head.length() > BRANCH_REF.length()
                ? head.substring(BRANCH_REF.length())
                : null;
    }

    /** The git directory a {@code .git} file names, resolved against the file's folder; null when unreadable. */
    private static Path linkedGitDir(Path dotGitFile) {
        String line = firstLine(dotGitFile);
        if (line == null || !line.startsWith("gitdir:")) {
            return null;
        }
        return dotGitFile
                .getParent()
                .resolve(line.substring("gitdir:".length()).strip())
                .normalize();
    }

    private static String firstLine(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return (end < 0 ? text : text.substring(0, end)).strip();
        } catch (IOException | RuntimeException e) {
            // an unreadable HEAD leaves the checkout without a branch: links to the repository stay external
            return null;
        }
    }
}
