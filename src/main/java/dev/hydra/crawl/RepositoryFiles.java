package dev.hydra.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A project's own doc files (README.md, docs/**) read as pages, their links resolved as GitHub resolves them in a
 * repository view. Each file is the URL {@code file:///} plus its path below the base directory, so that the base is
 * the root: a link to {@code /docs/a.md} means the base's {@code docs/a.md}, and a link that climbs above the base
 * leaves the repository and is reported, never read.
 */
final class RepositoryFiles {

    /** What is found at a file URL. */
    sealed interface Found {
        record Missing(String relative) implements Found {}

        record OutsideBase(String written) implements Found {}

        record Folder() implements Found {}

        /** A file; {@code body} is null for a file that is not a document, whose content does not matter. */
        record File(Path path, byte[] body, boolean truncated) implements Found {}
    }

    private final Path base;
    private final List<URI> starts;
    private final Set<String> selected = new HashSet<>();
    private final long maxSize;

    /**
     * @param base the project's base directory
     * @param files the files whose links are checked, below the base
     * @param maxSize the most bytes read of one file
     */
    RepositoryFiles(Path base, List<Path> files, long maxSize) {
        this.base = base.toAbsolutePath().normalize();
        this.maxSize = maxSize;
        this.starts = files.stream()
                .map(file -> uriOf(this.base, file.toAbsolutePath().normalize()))
                .toList();
        starts.forEach(uri -> selected.add(uri.toString()));
    }

    static boolean isRepositoryFile(URI uri) {
        return "file".equals(uri.getScheme());
    }

    /** {@link #isRepositoryFile(URI)} of a normal URL as text, whose scheme is in lower case. */
    static boolean isRepositoryFile(String url) {
        return url.startsWith("file:");
    }

    /** The folder {@code file:///} stands for. */
    Path base() {
        return base;
    }

    /** The files to start from, as URLs. */
    List<URI> starts() {
        return starts;
    }

    /** Whether the file at this URL is one whose links are checked, not only its existence and anchors. */
    boolean isSelected(String url) {
        return selected.contains(url);
    }

    /** Reads what is at a file URL; a document's bytes up to the size limit. */
    Found find(URI uri) throws IOException {
        String path = uri.getPath() == null ? "/" : uri.getPath();
        Path local = base.resolve(path.substring(path.startsWith("/") ? 1 : 0)).normalize();
        if (!local.startsWith(base)) {
            return new Found.OutsideBase(path);
        }
        String relative = base.relativize(local).toString().replace('\\', '/');
        if (Files.isDirectory(local)) {
            return new Found.Folder();
        }
        if (!Files.isRegularFile(local)) {
            return new Found.Missing(relative.isEmpty() ? "/" : relative);
        }
        if (dev.hydra.extract.DocumentFormat.of(local.getFileName().toString()).isEmpty()) {
            return new Found.File(local, null, false);
        }
        try (InputStream in = Files.newInputStream(local)) {
            byte[] body = in.readNBytes((int) Math.min(maxSize, Integer.MAX_VALUE - 8));
            return new Found.File(local, body, in.read() >= 0);
        }
    }

    /**
     * The number of lines of the file at a file URL, as a repository's file view numbers them, or -1 when it is no
     * file of the base. Read in full: only links to a line ({@code #L10}) ask.
     */
    long lineCount(URI uri) {
        String path = uri.getPath() == null ? "/" : uri.getPath();
        Path local = base.resolve(path.substring(path.startsWith("/") ? 1 : 0)).normalize();
        if (!local.startsWith(base) || !Files.isRegularFile(local)) {
            return -1;
        }
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(local))) {
            long lines = 0;
            int last = '\n';
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    lines++;
                }
                last = b;
            }
            return last == '\n' ? lines : lines + 1;
        } catch (IOException e) {
            return -1; // an unreadable file is judged as a file: its check says why it cannot be read
        }
    }

    /** The URL of a file below the base: {@code file:///docs/my%20page.md}. */
    static URI uriOf(Path base, Path file) {
        String relative = base.relativize(file).toString().replace('\\', '/');
        try {
            // ASCII only, as UrlNormalizer writes the links that lead here: one file, one URL
            return URI.create("file://" + new URI(null, null, "/" + relative, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("a file name no URL can hold: " + file, e);
        }
    }
}
