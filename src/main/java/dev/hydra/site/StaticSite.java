package dev.hydra.site;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What a plain static host answers for a request path, over one or more folders each served under its own path:
 * the file; for a folder, a redirect that adds the missing trailing slash, then its {@code index.html}; else
 * nothing. Only files inside a part's folder are answered: {@code ..}, encoded slashes, backslashes and NUL, and
 * symbolic links that lead outside the folder answer nothing. Only regular files are sent: a pipe or a device answers
 * nothing, as reading it might never end. The longest part path that holds a request wins, as a module's site staged
 * under its parent's does.
 *
 * <p>This is the one place these rules live; the site server answers through it.
 */
public final class StaticSite {

    /**
     * The answer to one request path, with the HTTP status a static host gives it: the site server sends these, and a
     * check that reads the site's files directly takes the same, so that both judge a served folder alike.
     */
    public sealed interface Answer {

        /** The HTTP status of this answer: 200, 301 or 404. */
        int status();
    }

    /** A readable file to send, and its size in bytes when it was found. */
    public record Found(Path file, long size) implements Answer {

        @Override
        public int status() {
            return 200;
        }

        /** The Content-Type a plain static host sends for this file, by its extension (no charset). */
        public String contentType() {
            return ContentTypeMap.of(file.getFileName().toString());
        }
    }

    /** A folder asked for without its trailing slash: the host redirects to the same path with one. */
    public record AddSlash() implements Answer {

        @Override
        public int status() {
            return 301;
        }

        /** The Location of the redirect: the request's path with the slash added, and its query kept. */
        public String location(String rawPath, String rawQuery) {
            return rawPath + "/" + (rawQuery == null ? "" : "?" + rawQuery);
        }
    }

    /**
     * A file or folder that is there but cannot be read (its permissions forbid it): a static host answers 403, and
     * a check says so rather than that the file is missing.
     */
    public record Unreadable() implements Answer {

        @Override
        public int status() {
            return 403;
        }
    }

    /** Nothing to serve at that path. */
    public record NotFound() implements Answer {

        @Override
        public int status() {
            return 404;
        }
    }

    private static final Answer NOT_FOUND = new NotFound();
    private static final Answer ADD_SLASH = new AddSlash();
    private static final Answer UNREADABLE = new Unreadable();

    private record Root(SitePart part, Path realDirectory) {}

    private final List<Root> roots;
    private final List<SitePart> parts;

    private StaticSite(List<Root> roots, List<SitePart> parts) {
        this.roots = roots;
        this.parts = parts;
    }

    /**
     * The site made of these parts.
     *
     * @throws IOException when a part's folder does not exist or is not a folder
     */
    public static StaticSite of(List<SitePart> parts) throws IOException {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a site needs at least one folder");
        }
        List<Root> roots = new ArrayList<>();
        for (SitePart part : parts) {
            Path real = part.directory().toRealPath();
            if (!Files.isDirectory(real)) {
                throw new IOException(part.directory() + " is not a directory");
            }
            if (roots.stream().anyMatch(root -> root.part().path().equals(part.path()))) {
                throw new IllegalArgumentException("two site folders are served at " + part.path());
            }
            roots.add(new Root(part, real));
        }
        roots.sort(Comparator.comparingInt((Root root) -> root.part().path().length())
                .reversed());
        return new StaticSite(List.copyOf(roots), List.copyOf(parts));
    }

    /** The site of one folder served at {@code /}. */
    public static StaticSite of(Path directory) throws IOException {
        return of(List.of(SitePart.whole(directory, null)));
    }

    /** The parts, in the order given. */
    public List<SitePart> parts() {
        return parts;
    }

    /**
     * The request path of every HTML page ({@code .html}, {@code .htm}) the site serves, percent-encoded as a link
     * names it, sorted: a folder's {@code index.html} as the folder ({@code /guide/}), a file under a part's path
     * only from that part. A folder that cannot be read is left out, as a host would answer nothing for it.
     */
    public List<String> pagePaths() {
        return walk(null).pagePaths();
    }

    /** What {@link #walk} tells of each file and folder: its key, its path, and what the walk read of it. */
    @FunctionalInterface
    public interface EntryVisitor {
        void visit(String key, Path path, BasicFileAttributes attributes);
    }

    /** What a walk of the site's folders found. */
    public static final class Walk {

        private final List<Root> roots = new ArrayList<>();
        private final List<Path> pages = new ArrayList<>();
        private final List<String> keys = new ArrayList<>();
        private boolean plain = true;

        private Walk() {}

        /**
         * Whether every entry was visited and none is a symbolic link: what such an entry answers depends on more than
         * its own path.
         */
        public boolean plain() {
            return plain;
        }

        /** The request paths of the pages found, as {@link #pagePaths()} gives them. */
        public List<String> pagePaths() {
            return pagePaths(key -> true);
        }

        /**
         * The request paths of the pages found whose {@link #fileKey} (known when the walk had a visitor, else null)
         * passes {@code filter}, as {@link #pagePaths()} gives them.
         */
        public List<String> pagePaths(Predicate<String> filter) {
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                if (filter.test(keys.get(i))) {
                    paths.add(encoded(pathOf(roots.get(i), pages.get(i))));
                }
            }
            Collections.sort(paths);
            return paths;
        }
    }

    /**
     * Walks the site's folders once: finds its pages, and shows every file and folder to {@code visitor} (when not
     * null) with the {@link #fileKey} of its request path, for a check that compares them with the last check's.
     */
    public Walk walk(EntryVisitor visitor) {
        Walk walk = new Walk();
        for (Root root : roots) {
            String prefix = keyOfDecoded(root.part().path());
            Path top = root.realDirectory();
            int below = top.toString().length();
            try {
                Files.walkFileTree(top, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                        if (visitor != null) {
                            visitor.visit(keyOf(prefix, folder, below), folder, attributes);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String key = null;
                        if (attributes.isSymbolicLink()) {
                            walk.plain = false;
                        } else if (visitor != null) {
                            key = keyOf(prefix, file, below);
                            visitor.visit(key, file, attributes);
                        }
                        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                        if (attributes.isRegularFile()
                                && (name.endsWith(".html") || name.endsWith(".htm"))
                                && (roots.size() == 1 || rootOf(pathOf(root, file)) == root)) {
                            walk.roots.add(root); // its request path is made when it is asked for
                            walk.pages.add(file);
                            walk.keys.add(key);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        walk.plain = false;
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // a root that cannot be walked serves only the pages its links reach
                walk.plain = false;
            }
        }
        return walk;
    }

    /** The key of an entry below a folder whose path is {@code below} characters long, served under {@code prefix}. */
    private static String keyOf(String prefix, Path entry, int below) {
        String relative = entry.toString().substring(below);
        if (File.separatorChar != '/') {
            relative = relative.replace(File.separatorChar, '/');
        }
        return isPlainKey(relative) ? prefix + relative : keyOfDecoded(prefix + relative);
    }

    /** Whether a path is its own key already: lower-case ASCII without empty segments, as most sites' paths are. */
    private static boolean isPlainKey(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c >= 0x80
                    || (c >= 'A' && c <= 'Z')
                    || (c == '/' && (i + 1 == path.length() || path.charAt(i + 1) == '/'))) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the answer to a request path depends on among the site's files, as {@link #walk} names them: its
     * decoded path without empty segments, in lower case (a file system may ignore case), so that {@code /a//B.html/}
     * and {@code /a/b.html} share a key. Null for a path that maps onto no file.
     */
    public static String fileKey(String rawPath) {
        String decoded = decode(rawPath);
        return decoded == null ? null : keyOfDecoded(decoded);
    }

    private static String keyOfDecoded(String decoded) {
        StringBuilder key = new StringBuilder(decoded.length());
        for (String segment : decoded.split("/")) {
            if (!segment.isEmpty()) {
                key.append('/').append(segment);
            }
        }
        return Normalizer.normalize(key.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The decoded request path that serves a file of a root: {@code index.html} as its folder. */
    private static String pathOf(Root root, Path file) {
        StringBuilder path = new StringBuilder(root.part().path());
        for (Path segment : root.realDirectory().relativize(file)) {
            path.append(segment).append('/');
        }
        path.setLength(path.length() - 1);
        return path.toString().endsWith("/index.html")
                ? path.substring(0, path.length() - "index.html".length())
                : path.toString();
    }

    private static String encoded(String decodedPath) {
        try {
            return new URI(null, null, decodedPath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a file's path is no URL path: " + decodedPath, e);
        }
    }

    /** What a static host answers for a request path as it arrives, still percent-encoded. */
    public Answer answer(String rawPath) {
        String decoded = decode(rawPath);
        if (decoded == null) {
            return NOT_FOUND;
        }
        Root root = rootOf(decoded);
        if (root == null) {
            return NOT_FOUND;
        }
        String below = decoded.length() >= root.part().path().length()
                ? decoded.substring(root.part().path().length())
                : "";
        Path candidate = root.realDirectory();
        for (String segment : below.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals("..") || segment.equals(".") || segment.indexOf(':') >= 0) {
                return NOT_FOUND;
            }
            candidate = candidate.resolve(segment);
        }
        BasicFileAttributes attributes = servable(candidate, root);
        if (attributes == null) {
            return isForbidden(candidate, root) ? UNREADABLE : NOT_FOUND;
        }
        if (attributes.isDirectory()) {
            if (!decoded.endsWith("/")) {
                return ADD_SLASH;
            }
            candidate = candidate.resolve("index.html");
            attributes = servable(candidate, root);
            if (attributes == null) {
                return isForbidden(candidate, root) ? UNREADABLE : NOT_FOUND;
            }
        }
        return attributes.isRegularFile() ? new Found(candidate, attributes.size()) : NOT_FOUND;
    }

    /**
     * The request path of the file that {@code rawPath} serves, by that file's real path, when the two differ: the
     * request goes through a symbolic link to a folder of the site. Null when they are the same, or nothing is served.
     */
    public String realPath(String rawPath) {
        String decoded = decode(rawPath);
        if (decoded == null || !(answer(rawPath) instanceof Found found)) {
            return null;
        }
        Path real;
        try {
            real = found.file().toRealPath();
        } catch (IOException e) {
            return null;
        }
        for (Root root : roots) {
            if (real.startsWith(root.realDirectory())) {
                String below = root.realDirectory().relativize(real).toString().replace('\\', '/');
                String prefix = root.part().path().endsWith("/")
                        ? root.part().path()
                        : root.part().path() + "/";
                String path = prefix + below;
                if (decoded.endsWith("/") && path.endsWith("/index.html")) {
                    path = path.substring(0, path.length() - "index.html".length());
                }
                return path.equals(decoded) ? null : path;
            }
        }
        return null;
    }

    /**
     * The part that serves a request path, or null when the path lies under none of them (a module's site that this
     * build did not make).
     */
    public SitePart partOf(String rawPath) {
        String decoded = decode(rawPath);
        Root root = decoded == null ? null : rootOf(decoded);
        return root == null ? null : root.part();
    }

    private Root rootOf(String decoded) {
        for (Root root : roots) {
            if (root.part().holds(decoded)) {
                return root;
            }
        }
        return null;
    }

    /** The decoded path, or null for one no static host maps onto a file. */
    private static String decode(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || rawPath.contains("\\")) {
            return null; // encoded separators: no static host maps these onto directories
        }
        try {
            // '+' is a plus in a path, not a space as in a form
            return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether a file is there but may not be read: its permissions, or a folder's on the way, forbid it. A file that
     * is missing, or outside the root once links are followed, is not forbidden: it is not there to serve.
     */
    private static boolean isForbidden(Path candidate, Root root) {
        try {
            Path real = candidate.toRealPath();
            return real.startsWith(root.realDirectory()) && !Files.isReadable(real);
        } catch (AccessDeniedException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What a file or folder is (its links followed), or null when there is none, it lies outside the root once links
     * are followed, or it cannot be read.
     */
    private static BasicFileAttributes servable(Path candidate, Root root) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(candidate, BasicFileAttributes.class);
            return candidate.toRealPath().startsWith(root.realDirectory()) && Files.isReadable(candidate)
                    ? attributes
                    : null;
        } catch (IOException e) {
            return null;
        }
    }
}
