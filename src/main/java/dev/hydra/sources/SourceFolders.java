package dev.hydra.sources;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a project keeps the sources its pages are generated from.
 *
 * @param root the folder source files are named relative to (the build's top folder); null names none
 * @param site the Doxia site sources ({@code src/site}), or null
 * @param javaRoots the Java source roots that {@code apidocs/} is generated from
 * @param testJavaRoots the Java source roots that {@code testapidocs/} is generated from
 */
public record SourceFolders(Path root, Path site, List<Path> javaRoots, List<Path> testJavaRoots) {

    /** No sources known: only the project's own checked files name themselves. */
    public static final SourceFolders NONE = new SourceFolders(null, null, List.of(), List.of());

    public SourceFolders {
        root = root == null ? null : root.toAbsolutePath().normalize();
        site = site == null ? null : site.toAbsolutePath().normalize();
        javaRoots = javaRoots.stream()
                .map(path -> path.toAbsolutePath().normalize())
                .toList();
        testJavaRoots = testJavaRoots.stream()
                .map(path -> path.toAbsolutePath().normalize())
                .toList();
    }
}
