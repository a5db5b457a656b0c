package dev.hydra.baseline;

import dev.hydra.model.LinkPlace;

/**
 * How one link place is written as a line of a baseline file: the link, a tab, the page. A tab or line break
 * inside either (a file name may hold one) is written as {@code %09}, {@code %0A}, {@code %0D}, so that every
 * place is exactly one line; lines are compared in this written form, never decoded.
 */
final class BaselineLine {

    static final char SEPARATOR = '\t';

    private BaselineLine() {}

    static String of(LinkPlace place) {
        return escape(place.url()) + SEPARATOR + escape(place.page());
    }

    private static String escape(String text) {
        return text.replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
    }
}
