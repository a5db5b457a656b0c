package dev.hydra.extract;

import java.util.Locale;
import java.util.Optional;

/** The formats of repository documents whose links Hydra reads, known by their file name's extension. */
public enum DocumentFormat {

    /** {@code .md} and {@code .markdown}, read by {@link MarkdownLinks}. */
    MARKDOWN,
    /** {@code .adoc}, {@code .asciidoc} and {@code .asc}, read by {@link AsciiDocLinks}. */
    ASCIIDOC,
    /** {@code .html} and {@code .htm}, read by {@link LinkExtractor}. */
    HTML;

    /** The format of a file by the extension of its name or path, in any case; empty for any other file. */
    public static Optional<DocumentFormat> of(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        if (dot <= slash + 1) {
            return Optional.empty(); // no extension, or a dot file such as ".md"
        }
        return switch (fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> Optional.of(MARKDOWN);
            case "adoc", "asciidoc", "asc" -> Optional.of(ASCIIDOC);
            case "html", "htm" -> Optional.of(HTML);
            default -> Optional.empty();
        };
    }
}
