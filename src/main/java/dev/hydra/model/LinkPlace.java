package dev.hydra.model;

import java.util.Objects;

/**
 * One link on one page: the unit a baseline lists, since a link dead on three pages is three things to fix.
 *
 * @param url the link as shown in reports
 * @param page the page or file that holds it, as shown in reports ({@code /docs/a.md}, {@code /guide.html})
 */
public record LinkPlace(String url, String page) implements Comparable<LinkPlace> {

    public LinkPlace {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(page, "page");
    }

    @Override
    public int compareTo(LinkPlace other) {
        int byUrl = url.compareTo(other.url);
        return byUrl != 0 ? byUrl : page.compareTo(other.page);
    }
}
