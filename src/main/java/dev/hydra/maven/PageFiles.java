package dev.hydra.maven;

import dev.hydra.extract.DocumentFormat;
import dev.hydra.site.SitePart;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Which file of the repository a page shown in reports is: a project file ({@code /docs/a.md}) lies under the root of
 * the files' links, a page of a served directory ({@code /guide/}) under the folder of the site part that serves it; a live site's page is none.
 * Files are named relative to {@code workspace} (the repository's root, such as {@code GITHUB_WORKSPACE}).
 */
record PageFiles(Path workspace, Path filesRoot, List<SitePart> siteParts) implements Function<String, String> {

    @Override
    public String apply(String page) {
        if (!page.startsWith("/")) {
            return null;
        }
        String relative = page.substring(1);
        int cut = firstOf(relative, '?', '#');
        relative = cut < 0 ? relative : relative.substring(0, cut);
        boolean document = DocumentFormat.of(relative)
                .filter(format -> format != DocumentFormat.HTML)
                .isPresent();
        String sitePath = "/" + relative;
        SitePart part = siteParts.stream()
                .filter(candidate -> sitePath.startsWith(candidate.path()))
                .max(Comparator.comparingInt(candidate -> candidate.path().length()))
                .orElse(null);
        Path file;
        if (filesRoot != null && (document || part == null)) {
            file = filesRoot.resolve(relative);
        } else if (part != null) {
            String inPart = sitePath.substring(part.path().length());
            file = part.directory().resolve(inPart.isEmpty() || inPart.endsWith("/") ? inPart + "index.html" : inPart);
        } else {
            return null;
        }
        return inWorkspace(file);
    }

    /**
     * A source file as {@link dev.hydra.model.Source#sourceFile()} names it, relative to {@code sourceRoot}, as a file
     * of the workspace, or null when it lies outside.
     */
    String sourceFile(Path sourceRoot, String sourceFile) {
        return sourceRoot == null ? null : inWorkspace(sourceRoot.resolve(sourceFile));
    }

    private String inWorkspace(Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return normal.startsWith(workspace)
                ? workspace.relativize(normal).toString().replace('\\', '/')
                : null;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
