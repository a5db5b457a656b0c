package dev.hydra.sources;

import java.nio.file.Path;

/**
 * The source file a page was generated from, and how links are written in it.
 *
 * @param file the source file, which exists
 * @param syntax how the file holds links, which decides the forms they are searched for in
 */
record Origin(Path file, Syntax syntax) {

    /** How a source file holds links. */
    enum Syntax {
        /** {@code [text](target)}, {@code <target>}, {@code [ref]: target}, bare URLs and HTML. */
        MARKDOWN,
        /** {@code {{{target}text}}} and {@code {{target}}}. */
        APT,
        /** {@code href="target"} and {@code src="target"}: xdoc, fml, xhtml, and HTML copied as it is. */
        MARKUP,
        /** As {@link #MARKUP}, but only inside {@code /** ... *}{@code /} doc comments. */
        JAVA,
        /** A site descriptor ({@code site.xml}): {@code href="target"} or {@code <href>target</href>}. */
        SITE_DESCRIPTOR
    }
}
