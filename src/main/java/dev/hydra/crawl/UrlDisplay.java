package dev.hydra.crawl;

import java.net.URI;

/**
 * How URLs appear in reports and logs: links into a served directory and into the project's own files are
 * site-absolute ({@code /docs/a.html#intro}, never with the ephemeral port) and credentials in a URL are never shown.
 */
final class UrlDisplay {

    private final String servedOrigin;
    private final boolean repositoryFiles;

    /** @param servedOrigin the origin of the embedded site server ({@code http://127.0.0.1:PORT}), or null */
    UrlDisplay(String servedOrigin) {
        this(servedOrigin, false);
    }

    /**
     * @param servedOrigin the origin of the embedded site server ({@code http://127.0.0.1:PORT}), or null
     * @param repositoryFiles whether the project's own files are checked: their {@code file:} URLs are shown as their
     *     path from the project's base directory ({@code /docs/guide.md#install})
     */
    UrlDisplay(String servedOrigin, boolean repositoryFiles) {
        this.servedOrigin = servedOrigin;
        this.repositoryFiles = repositoryFiles;
    }

    String show(URI uri) {
        return show(uri.toString());
    }

    /** {@link #show(URI)} of a URL as text, such as a {@link URI}'s own. */
    String show(String text) {
        if (repositoryFiles && text.startsWith("file:///")) {
            return text.substring("file://".length());
        }
        if (servedOrigin != null
                && text.startsWith(servedOrigin)
                && (text.length() == servedOrigin.length() || "/?#".indexOf(text.charAt(servedOrigin.length())) >= 0)) {
            String rest = text.substring(servedOrigin.length());
            return rest.isEmpty() || rest.charAt(0) != '/' ? "/" + rest : rest;
        }
        if (text.indexOf('@') < 0) {
            return text; // no user info: the common case, told without parsing the URL
        }
        String userInfo = URI.create(text).getRawUserInfo();
        return userInfo != null ? text.replace(userInfo + "@", "***@") : text;
    }

    /** Replaces the user name and password of every URL in {@code text} with {@code ***}. */
    static String maskCredentials(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return CREDENTIALS.matcher(text).replaceAll("$1***@");
    }

    /** A scheme, "//", then userinfo up to '@' (a mailto: address has no "//" and is left alone). */
    private static final java.util.regex.Pattern CREDENTIALS =
            java.util.regex.Pattern.compile("(?i)([a-z][a-z0-9+.-]*://)[^/?#@\\s]+@");
}
