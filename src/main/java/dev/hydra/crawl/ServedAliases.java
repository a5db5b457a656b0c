package dev.hydra.crawl;

/**
 * A served directory ignores query strings and serves {@code dir/index.html} for {@code dir/}: such a URL is the same
 * file as its plain form. Its anchors are read, but its links are followed once, through the plain form, so that one
 * file never appears as two pages in the report.
 */
final class ServedAliases {

    private ServedAliases() {}

    /** The plain form of a URL that is an alias of a served file, or null when it is no alias. */
    static String plainForm(String url, boolean servedDirectory) {
        if (!servedDirectory) {
            return null;
        }
        int query = url.indexOf('?');
        String plain = query < 0 ? url : url.substring(0, query);
        if (plain.endsWith("/index.html")) {
            plain = plain.substring(0, plain.length() - "index.html".length());
        }
        return plain.equals(url) ? null : plain;
    }
}
