package dev.hydra.crawl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders left in a link as written, {@code ${project.url}}: a POM or a site page whose property was never
 * filled in. Such a link resolves to a URL no one meant, so it is reported for what it is.
 */
final class Placeholders {

    /** {@code ${name}}, also as a page's HTML may hold it percent-encoded: {@code $%7Bname%7D}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(?:\\{[^}\\s]+}|%7[Bb][^%\\s]+%7[Dd])");

    private Placeholders() {}

    /** The first placeholder in a link's text, or null when it holds none. */
    static String in(String raw) {
        if (raw == null || raw.indexOf('$') < 0) {
            return null; // the common case, told without a regular expression
        }
        Matcher matcher = PLACEHOLDER.matcher(raw);
        return matcher.find() ? matcher.group() : null;
    }
}
