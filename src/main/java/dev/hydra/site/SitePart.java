package dev.hydra.site;

import dev.hydra.sources.SourceFolders;
import java.nio.file.Path;

/**
 * One folder of a served site and the URL path it is served under: the whole site at {@code /}, or, for a
 * multi-module site laid out as {@code site:stage} lays it out, each module's site under its own path
 * ({@code /module-a/}).
 *
 * @param path where the folder is served, starting and ending with {@code /}
 * @param directory the folder
 * @param sources where the folder's pages were generated from, or null when unknown
 * @param name what the build log calls the part (a module's artifactId), or null
 */
public record SitePart(String path, Path directory, SourceFolders sources, String name) {

    public SitePart {
        if (path == null || !path.startsWith("/") || !path.endsWith("/") || path.contains("//") && !path.equals("/")) {
            throw new IllegalArgumentException("a site part's path starts and ends with /: '" + path + "'");
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new IllegalArgumentException("a site part's path cannot hold '" + segment + "': '" + path + "'");
            }
        }
        directory = directory.toAbsolutePath().normalize();
    }

    /** The whole site in one folder, served at {@code /}. */
    public static SitePart whole(Path directory, SourceFolders sources) {
        return new SitePart("/", directory, sources, null);
    }

    /** Whether a decoded request path lies under this part's path ({@code /module-a} counts: it is the folder). */
    public boolean holds(String decodedPath) {
        return decodedPath.startsWith(path) || (decodedPath + "/").equals(path);
    }
}
