package dev.hydra.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Doxia source of a page of a Maven site: {@code /guide/usage.html} comes from {@code guide/usage.md} under
 * {@code src/site/markdown}, or the same name under the folder of another Doxia format, also with {@code .vm}
 * (Velocity) after it; a file copied as it is comes from {@code src/site/resources}.
 */
final class DoxiaSources {

    /** A Doxia format's folder under the site sources and the extensions of its files. */
    private record Format(String folder, Origin.Syntax syntax, List<String> extensions) {}

    private static final List<Format> FORMATS = List.of(
            new Format("markdown", Origin.Syntax.MARKDOWN, List.of("md", "markdown")),
            new Format("apt", Origin.Syntax.APT, List.of("apt")),
            new Format("xdoc", Origin.Syntax.MARKUP, List.of("xml")),
            new Format("fml", Origin.Syntax.MARKUP, List.of("fml")),
            new Format("xhtml", Origin.Syntax.MARKUP, List.of("xhtml")),
            new Format("xhtml5", Origin.Syntax.MARKUP, List.of("xhtml5")));

    private final Path site;

    /** @param site the site sources, {@code src/site} */
    DoxiaSources(Path site) {
        this.site = site;
    }

    /** The source of a page given by its decoded path below the site's root ({@code guide/usage.html}). */
    Optional<Origin> of(String relative) {
        String file = SitePaths.file(relative);
        if (file.endsWith(".html")) {
            String name = file.substring(0, file.length() - ".html".length());
            for (Format format : FORMATS) {
                for (String extension : format.extensions()) {
                    for (String suffix : List.of("", ".vm")) {
                        Path source = site.resolve(format.folder()).resolve(name + "." + extension + suffix);
                        if (Files.isRegularFile(source)) {
                            return Optional.of(new Origin(source, format.syntax()));
                        }
                    }
                }
            }
        }
        Path copied = site.resolve("resources").resolve(file);
        return Files.isRegularFile(copied) ? Optional.of(new Origin(copied, Origin.Syntax.MARKUP)) : Optional.empty();
    }
}
