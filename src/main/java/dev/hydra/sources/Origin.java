package dev.hydra.sources;

import java.nio.file.Path;

/**
 * The source file a page was generated from, and how links are written in it.
 *
 * @param file the source file, which exists
 * @param syntax how the file holds links, which decides where they are searched for
 */
record Origin(Path file, Syntax syntax) {

    /** How a source file holds links. */
    enum Syntax {
        /** {@code [text](target)} besides bare URLs and HTML. */
        MARKDOWN,
        /** Links only count inside {@code /** ... *}{@code /} doc comments. */
        JAVA,
        /** The link appears as written anywhere in the file (APT, XDoc, HTML, ...). */
        PLAIN
    }
}
