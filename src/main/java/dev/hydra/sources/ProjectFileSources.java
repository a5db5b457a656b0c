package dev.hydra.sources;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The project's own checked files ({@code README.md}, {@code docs/a.md}) are their own sources: the page
 * {@code /docs/a.md} is the file {@code docs/a.md} under the root of the files' links, and its line is the line.
 */
final class ProjectFileSources {

    private final Path filesRoot;
    private final Set<Path> files = new HashSet<>();

    /**
     * @param filesRoot the root of the files' links, or null when no files are checked
     * @param files the checked files
     */
    ProjectFileSources(Path filesRoot, List<Path> files) {
        this.filesRoot = filesRoot == null ? null : filesRoot.toAbsolutePath().normalize();
        files.forEach(file -> this.files.add(file.toAbsolutePath().normalize()));
    }

    /** The checked file a page is, given by its decoded path below the files' root. */
    Optional<Path> of(String relative) {
        if (filesRoot == null || relative.isEmpty()) {
            return Optional.empty();
        }
        Path file = filesRoot.resolve(relative).normalize();
        return files.contains(file) ? Optional.of(file) : Optional.empty();
    }
}
