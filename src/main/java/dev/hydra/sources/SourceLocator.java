package dev.hydra.sources;

import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names, for each place that holds a link that is not OK, the source file its page was generated from and the line
 * in it, since authors fix Markdown and Java, not generated HTML: the project's own checked files are their own
 * sources, a site page comes from its Javadoc or Doxia source. A place whose source is not found, or whose source
 * does not hold the link (the skin's menus, say), keeps none: nothing is guessed. OK links are left as they are, which keeps
 * the pass as cheap as the problems are few.
 */
public final class SourceLocator {

    private final Path root;
    private final List<GeneratedFolder> siteFolders;
    private final ProjectFileSources projectFiles;

    /**
     * One served folder of generated pages and the sources it was generated from.
     *
     * @param path the URL path the folder is served under, starting and ending with {@code /}
     * @param directory the folder of generated pages
     * @param sources where its pages come from
     */
    public record SiteFolder(String path, Path directory, SourceFolders sources) {}

    /** A served folder with its source lookups, built once. */
    private record GeneratedFolder(String path, Path directory, DoxiaSources doxia, JavadocSources javadoc) {}

    /**
     * @param folders where the project keeps its sources; its root names the files, or the files' root without one
     * @param siteFolders the served folders of the site, longest path first or in any order (a crawl of a URL has
     *     none, and no sources)
     * @param filesRoot the root of the project's checked files' links, or null
     * @param files the project's checked files
     */
    public SourceLocator(SourceFolders folders, List<SiteFolder> siteFolders, Path filesRoot, List<Path> files) {
        Path top = folders.root() != null ? folders.root() : filesRoot;
        this.root = top == null ? null : top.toAbsolutePath().normalize();
        this.siteFolders = siteFolders.stream()
                .sorted(java.util.Comparator.comparingInt(
                                (SiteFolder folder) -> folder.path().length())
                        .reversed())
                .map(folder -> new GeneratedFolder(
                        folder.path(),
                        folder.directory().toAbsolutePath().normalize(),
                        folder.sources().site() == null
                                ? null
                                : new DoxiaSources(folder.sources().site()),
                        new JavadocSources(
                                folder.sources().javaRoots(), folder.sources().testJavaRoots())))
                .toList();
        this.projectFiles = new ProjectFileSources(filesRoot, files);
    }

    /** The results with the source file and line of every place of a link that is not OK, where found. */
    public List<LinkResult> locate(List<LinkResult> results) {
        if (root == null) {
            return results;
        }
        TextFiles texts = new TextFiles();
        Map<String, Optional<Origin>> origins = new HashMap<>();
        List<LinkResult> located = new ArrayList<>(results.size());
        for (LinkResult link : results) {
            if (link.verdict() == Verdict.OK || link.sources().isEmpty()) {
                located.add(link);
                continue;
            }
            List<Source> sources = new ArrayList<>(link.sources().size());
            for (Source source : link.sources()) {
                sources.add(locate(link.url(), source, texts, origins));
            }
            located.add(link.withSources(sources));
        }
        return located;
    }

    private Source locate(String url, Source source, TextFiles texts, Map<String, Optional<Origin>> origins) {
        String relative = SitePaths.relative(source.page());
        if (relative == null) {
            return source;
        }
        Optional<Path> own = projectFiles.of(relative);
        if (own.isPresent()) {
            return name(own.get())
                    .map(file -> source.withSourceFile(file, source.line()))
                    .orElse(source);
        }
        GeneratedFolder folder = folderOf("/" + relative);
        if (folder == null) {
            return source;
        }
        String inFolder = ("/" + relative).substring(folder.path().length());
        Optional<Origin> origin = origins.computeIfAbsent(folder.path() + inFolder, key -> originOf(folder, inFolder));
        if (origin.isEmpty()) {
            return source;
        }
        Optional<String> file = name(origin.get().file());
        if (file.isEmpty()) {
            return source;
        }
        List<String> lines = texts.lines(origin.get().file());
        boolean[] allowed = origin.get().syntax() == Origin.Syntax.JAVA ? DocComments.lines(lines) : null;
        int line = LineFinder.find(
                lines,
                allowed,
                LinkCandidates.of(url, source.page(), origin.get().syntax()),
                ratio(source, folder, inFolder, texts));
        // a link the source does not hold came from elsewhere (the skin's menus, a generated report, another
        // project's site): naming the file would send the author to the wrong place
        return line > 0 ? source.withSourceFile(file.get(), line) : source;
    }

    /** The served folder a site path lies in, the one with the longest path when folders nest. */
    private GeneratedFolder folderOf(String sitePath) {
        for (GeneratedFolder folder : siteFolders) {
            if (sitePath.startsWith(folder.path())) {
                return folder;
            }
        }
        return null;
    }

    private static Optional<Origin> originOf(GeneratedFolder folder, String relative) {
        Optional<Origin> origin = folder.javadoc().of(relative);
        return origin.isPresent() || folder.doxia() == null
                ? origin
                : folder.doxia().of(relative);
    }

    /** Where on its generated page the link is, 0 to 1, or -1 when the line or the page is unknown. */
    private double ratio(Source source, GeneratedFolder folder, String relative, TextFiles texts) {
        if (source.line() <= 0) {
            return -1;
        }
        int pageLines = texts.lines(folder.directory().resolve(SitePaths.file(relative)))
                .size();
        return pageLines <= 1 ? -1 : Math.min(1.0, (source.line() - 1) / (double) (pageLines - 1));
    }

    /** A file relative to the root with {@code /} separators, or empty when it lies outside the root. */
    private Optional<String> name(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return normal.startsWith(root)
                ? Optional.of(root.relativize(normal).toString().replace('\\', '/'))
                : Optional.empty();
    }
}
