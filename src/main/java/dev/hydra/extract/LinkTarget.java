package dev.hydra.extract;

import java.net.URI;

/** What a link's text turned into after resolving it against its page. */
public sealed interface LinkTarget {

    /** An http(s) or file URL, normalised, with its fragment (if any) kept. */
    record Web(URI uri) implements LinkTarget {}

    /** A scheme Hydra does not fetch ({@code mailto:}, {@code tel:}, {@code javascript:}, {@code data:}, ...). */
    record Unfetchable(String url, String scheme) implements LinkTarget {}

    /** Text no browser could follow. */
    record Invalid(String url, String why) implements LinkTarget {}
}
