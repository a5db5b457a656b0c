package dev.hydra.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the files a check reads as pages: those under a base directory that match an include pattern and no exclude
 * pattern. Folders that never hold a project's own docs (build output, version control, dependencies) and folders
 * that are Maven modules of their own (each checks its own files) are not entered. Symbolic links to folders are not
 * followed, so a link loop in the tree cannot make the walk endless.
 */
public final class FileSelection {

    /** Folder names that are never entered. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of("target", ".git", "node_modules", ".svn", ".hg", ".idea");

    /** What a project's Markdown and AsciiDoc are, when no start is configured. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown", "**/*.adoc");

    /**
     * What the default selection leaves out besides {@link #SKIPPED_FOLDERS}: a Maven site's sources, whose links name
     * the pages Doxia generates ({@code usage.html}) and are checked in the generated site, and test fixtures.
     */
    public static final List<String> DEFAULT_EXCLUDES = List.of("src/site/", "src/test/", "src/it/");

    /**
     * The files found, and one warning for every include pattern that matched none.
     *
     * @param files absolute, normalized, sorted by their path relative to the base directory
     */
    public record Selection(List<Path> files, List<String> warnings) {
        public Selection {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    private FileSelection() {}

    /**
     * @param base the project's base directory
     * @param includes patterns relative to it
     * @param excludes patterns of files (or, ending in {@code /}, folders) to leave out
     * @param moduleFolders folders relative to the base that are modules of their own
     * @throws IOException when the base directory cannot be read
     * @throws IllegalArgumentException for a pattern that leaves the base directory
     */
    public static Selection select(Path base, List<String> includes, List<String> excludes, List<String> moduleFolders)
            throws IOException {
        Path root = base.toAbsolutePath().normalize();
        List<Glob> in = includes.stream().map(Glob::of).toList();
        List<Glob> out = excludes.stream().map(Glob::of).toList();
        Set<Path> modules = new LinkedHashSet<>();
        for (String module : moduleFolders) {
            modules.add(root.resolve(module).normalize());
        }
        boolean[] matchedAny = new boolean[in.size()];
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String relative = relative(root, dir) + "/";
                boolean skipped = SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                        || modules.contains(dir)
                        || out.stream().anyMatch(glob -> glob.matches(relative));
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                boolean regular =
                        attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file);
                if (!regular) {
                    return FileVisitResult.CONTINUE; // a link to a folder, a device: not a page
                }
                String relative = relative(root, file);
                boolean included = false;
                for (int i = 0; i < in.size(); i++) {
                    if (in.get(i).matches(relative)) {
                        matchedAny[i] = true;
                        included = true;
                    }
                }
                if (included && out.stream().noneMatch(glob -> glob.matches(relative))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder holds no page we could read
            }
        });
        Collections.sort(found);
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            if (!matchedAny[i]) {
                warnings.add("the file pattern '" + in.get(i) + "' matched no file under " + root
                        + " (check its spelling; patterns are relative to the project's base directory)");
            }
        }
        return new Selection(found, warnings);
    }

    /** A path below the base with {@code /} separators, as patterns and reports write it. */
    public static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
