package dev.hydra.sources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** A page as reports show it ({@code /guide/a%20b.html#x}) turned into a file path below the site's root. */
final class SitePaths {

    private SitePaths() {}

    /**
     * The decoded path below the root without its leading slash, query and fragment ({@code guide/a b.html}), or
     * null for a page that is not site-absolute (a live site's URL, the start).
     */
    static String relative(String page) {
        if (!page.startsWith("/") || page.startsWith("//")) {
            return null;
        }
        String path = page.substring(1);
        int cut = firstOf(path, '?', '#');
        path = cut < 0 ? path : path.substring(0, cut);
        try {
            // '+' is a plus in a path, not a space as in a form
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null; // a malformed escape names no file
        }
        return path.contains("..") ? null : path;
    }

    /** The path of the page's file: a folder's page is its {@code index.html}. */
    static String file(String relative) {
        return relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
    }

    static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
