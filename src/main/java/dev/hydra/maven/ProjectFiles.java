package dev.hydra.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * The project's own files chosen for a check.
 *
 * @param base the project's base directory, where the files were chosen
 * @param root the root of the files' links (a reactor's top folder), the base or above it
 * @param files the files, below the base
 * @param byDefault whether they are the default selection (no start configured) rather than {@code files}
 */
record ProjectFiles(Path base, Path root, List<Path> files, boolean byDefault) {

    static final ProjectFiles NONE = new ProjectFiles(null, null, List.of(), false);

    ProjectFiles {
        files = List.copyOf(files);
    }

    /** "3 files: README.md, docs/a.md, docs/b.adoc", naming at most {@code shown} of them. */
    String describe(int shown) {
        StringBuilder text = new StringBuilder().append(files.size()).append(files.size() == 1 ? " file" : " files");
        for (int i = 0; i < Math.min(shown, files.size()); i++) {
            text.append(i == 0 ? ": " : ", ")
                    .append(base.relativize(files.get(i)).toString().replace('\\', '/'));
        }
        if (files.size() > shown) {
            text.append(" and ").append(files.size() - shown).append(" more");
        }
        return text.toString();
    }
}
