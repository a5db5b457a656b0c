package dev.hydra.sources;

import dev.hydra.model.LinkResult;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names, for each place that holds a link that is not OK, the source file its page was generated from and the line
 * in it, since authors fix Markdown and Java, not generated HTML: the project's own checked files are their own
 * sources, a site page comes from its Javadoc or Doxia source, and the links of a skin's menus, banner and
 * breadcrumbs from a site descriptor. A line is named only when it writes the link as the page does (in the
 * source's syntax, never a part of it); when several do, the k-th place of the link on the page is the k-th in the
 * source. A place whose source does not write the link keeps none: nothing is guessed. OK links are left as they are,
 * which keeps the pass as cheap as the problems are few.
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
    private record GeneratedFolder(
            String path, Path directory, Path site, DoxiaSources doxia, JavadocSources javadoc) {}

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
                .sorted(Comparator.comparingInt(
                                (SiteFolder folder) -> folder.path().length())
                        .reversed())
                .map(folder -> new GeneratedFolder(
                        folder.path(),
                        folder.directory().toAbsolutePath().normalize(),
                        folder.sources().site(),
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
        // the places are visited page by page, so that each generated page is read once and one at a time: a large
        // site's skipped links are on every page
        List<int[]> places = new ArrayList<>();
        List<Source[]> sources = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            LinkResult link = results.get(i);
            boolean locate = link.verdict() != Verdict.OK && !link.sources().isEmpty();
            sources.add(locate ? link.sources().toArray(new Source[0]) : null);
            for (int j = 0; locate && j < link.sources().size(); j++) {
                places.add(new int[] {i, j});
            }
        }
        places.sort(Comparator.comparing(place -> sources.get(place[0])[place[1]].page()));
        Reads reads = new Reads();
        for (int[] place : places) {
            Source[] of = sources.get(place[0]);
            of[place[1]] = locate(results.get(place[0]).url(), of[place[1]], reads);
        }
        List<LinkResult> located = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            LinkResult link = results.get(i);
            located.add(sources.get(i) == null ? link : link.withSources(List.of(sources.get(i))));
        }
        return located;
    }

    /**
     * What one pass reads and finds, each once: the sources' lines, the pages' origins, where a source writes a link
     * (a menu's link is on every page), and the generated page of the places being located.
     */
    private static final class Reads {
        final TextFiles texts = new TextFiles();
        final Map<String, Optional<Origin>> origins = new HashMap<>();
        private final Map<List<Object>, List<Integer>> written = new HashMap<>();
        private final Map<List<Object>, List<List<WrittenForms.Form>>> forms = new HashMap<>();
        private String page;
        private GeneratedPage links;

        GeneratedPage page(String page, Path file) {
            if (!page.equals(this.page)) {
                this.page = page;
                this.links = GeneratedPage.read(file, page);
            }
            return links;
        }

        /** The lines of a source that write a link the page writes as {@code href}, once per occurrence. */
        List<Integer> written(Path file, String href, Origin.Syntax syntax) {
            return written.computeIfAbsent(List.of(file, href, syntax), key -> {
                List<String> lines = texts.lines(file);
                boolean[] allowed = syntax == Origin.Syntax.JAVA ? DocComments.lines(lines) : null;
                return WrittenForms.lines(
                        lines,
                        allowed,
                        forms.computeIfAbsent(List.of(href, syntax), forms -> WrittenForms.of(href, syntax)));
            });
        }
    }

    private Source locate(String url, Source source, Reads reads) {
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
        Optional<Origin> origin =
                reads.origins.computeIfAbsent(folder.path() + inFolder, key -> originOf(folder, inFolder));
        if (origin.isEmpty() && folder.site() == null) {
            return source; // no source and no site descriptor could name it: the page is not read for nothing
        }
        GeneratedPage page = reads.page(source.page(), folder.directory().resolve(SitePaths.file(inFolder)));
        GeneratedPage.Link link = page.at(url, source.line());
        if (link == null) {
            return source; // the page does not write the link where the crawl found it: nothing to search for
        }
        int occurrence = page.occurrence(link);
        if (link.chrome()) {
            return fromDescriptor(source, link, occurrence, folder, reads);
        }
        if (origin.isEmpty()) {
            return source;
        }
        List<Integer> found =
                reads.written(origin.get().file(), link.href(), origin.get().syntax());
        // a link the source does not write came from elsewhere (a macro, a generated report): naming the file would
        // send the author to the wrong place
        return found.isEmpty() ? source : named(source, origin.get().file(), pick(found, occurrence));
    }

    /**
     * A link of the skin's menus, banner or breadcrumbs: the line of the site descriptor that declares it, this
     * site's own or, in a reactor's staged site, a parent's whose pages are served around it; else a note that it is
     * inherited from a descriptor outside the build (or is the skin's own), never a content page.
     */
    private Source fromDescriptor(
            Source source, GeneratedPage.Link link, int occurrence, GeneratedFolder folder, Reads reads) {
        if (folder.site() == null) {
            return source; // a site not generated from sources here
        }
        for (GeneratedFolder declaring : siteFolders) {
            if (declaring.site() == null || !folder.path().startsWith(declaring.path())) {
                continue; // longest path first: this site, then the parents it is staged inside
            }
            String spelling = SiteDescriptors.spelling(link.href(), source.page(), declaring.path());
            for (Path descriptor : SiteDescriptors.of(declaring.site())) {
                List<Integer> found = reads.written(descriptor, spelling, Origin.Syntax.SITE_DESCRIPTOR);
                if (!found.isEmpty()) {
                    return named(source, descriptor, pick(found, occurrence));
                }
            }
        }
        return source.withSourceNote(Source.INHERITED);
    }

    /** The k-th line that writes the link, for the k-th place of it on the page; the last when the page has more. */
    private static int pick(List<Integer> lines, int occurrence) {
        return lines.get(Math.min(occurrence, lines.size() - 1));
    }

    private Source named(Source source, Path file, int line) {
        return name(file).map(name -> source.withSourceFile(name, line)).orElse(source);
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

    /** A file relative to the root with {@code /} separators, or empty when it lies outside the root. */
    private Optional<String> name(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return normal.startsWith(root)
                ? Optional.of(root.relativize(normal).toString().replace('\\', '/'))
                : Optional.empty();
    }
}
