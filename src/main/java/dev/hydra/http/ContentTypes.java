package dev.hydra.http;

import java.nio.charset.Charset;
import java.util.Locale;

/** Reading Content-Type values. */
public final class ContentTypes {

    private ContentTypes() {}

    public static boolean isHtml(String mediaType) {
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    /** The charset named in a Content-Type value, or null when absent or unknown. */
    public static Charset charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String trimmed = part.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = trimmed.substring("charset=".length())
                        .replace("\"", "")
                        .replace("'", "")
                        .trim();
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    return null; // an unknown charset: let the parser detect it from the page
                }
            }
        }
        return null;
    }
}
