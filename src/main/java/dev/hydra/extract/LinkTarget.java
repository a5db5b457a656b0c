package dev.hydra.extract;

import java.net.URI;

/** What a link's text turned into after resolving it against its page. */
public sealed interface LinkTarget {

    /**
     * An http(s) or file URL, normalised, with its fragment (if any) kept. It is held as text: most links of a site
     * point at a target already known by that text, so a {@link URI} is made only where one is needed.
     */
    record Web(String url) implements LinkTarget {

        public Web(URI uri) {
            this(uri.toString());
        }

        /** The URL parsed; the text is in normal form, so it always parses. */
        public URI uri() {
            return URI.create(url);
        }
    }

    /** A scheme Hydra does not fetch ({@code mailto:}, {@code tel:}, {@code javascript:}, {@code data:}, ...). */
    record Unfetchable(String url, String scheme) implements LinkTarget {}

    /** Text no browser could follow. */
    record Invalid(String url, String why) implements LinkTarget {}
}
