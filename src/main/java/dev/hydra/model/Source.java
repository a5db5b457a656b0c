package dev.hydra.model;

/**
 * A place that holds a link: the page (as shown in reports) and the 1-based line of the element,
 * or 0 when the line is unknown.
 */
public record Source(String page, int line) implements Comparable<Source> {

    @Override
    public int compareTo(Source other) {
        int byPage = page.compareTo(other.page);
        return byPage != 0 ? byPage : Integer.compare(line, other.line);
    }

    @Override
    public String toString() {
        return line > 0 ? page + ":" + line : page;
    }
}
