package dev.hydra.extract;

import java.net.URI;

/**
 * Resolves the links of one page or file against its base. The common link, a path of plain characters (relative,
 * or from the root of its host) with perhaps a query and a fragment, is resolved as text when the base is in normal
 * form: to the very URL that {@link UrlNormalizer#resolve} gives, without the {@link URI} objects that way builds and
 * parses again (a large site has hundreds of thousands of links, and most point at targets already known by their
 * text). Every other link takes that way.
 */
public final class LinkResolver {

    private final URI base;
    /** The base's {@code scheme://authority}, or null where the base is not in normal form: no short way then. */
    private final String origin;
    /** The base's path up to and including its last {@code /}. */
    private final String directory;
    /** The base without its fragment: what a link of a fragment alone is added to. */
    private final String page;

    private LinkResolver(URI base, String origin, String directory, String page) {
        this.base = base;
        this.origin = origin;
        this.directory = directory;
        this.page = page;
    }

    /** @param base the page's or file's own URL (or its {@code <base href>}), or null for absolute links only */
    public static LinkResolver against(URI base) {
        if (base == null || base.isOpaque() || base.getRawUserInfo() != null) {
            return new LinkResolver(base, null, null, null);
        }
        String text = base.toString();
        String page = text.indexOf('#') < 0 ? text : text.substring(0, text.indexOf('#'));
        String path = base.getRawPath();
        boolean normal = (page.startsWith("http://") || page.startsWith("https://"))
                && path != null
                && path.startsWith("/")
                && !path.contains("//")
                && UrlNormalizer.resolve(page, null) instanceof LinkTarget.Web web
                && web.url().equals(page);
        if (!normal) {
            return new LinkResolver(base, null, null, null);
        }
        String origin = base.getScheme() + "://" + base.getRawAuthority();
        return new LinkResolver(base, origin, path.substring(0, path.lastIndexOf('/') + 1), page);
    }

    /** What {@code raw}, as written in the page, points at. */
    public LinkTarget resolve(String raw) {
        String resolved = asText(raw);
        return resolved != null ? new LinkTarget.Web(resolved) : UrlNormalizer.resolve(raw, base);
    }

    /** The resolved URL of a plain link, or null for a link the short way leaves to {@link UrlNormalizer}. */
    String asText(String raw) {
        int length = raw.length();
        if (origin == null || length == 0) {
            return null;
        }
        char first = raw.charAt(0);
        if (first == '#') {
            return isPlain(raw, 1, length, QUERY_OR_FRAGMENT) ? page + raw : null;
        }
        if (first == '?' || raw.startsWith("//")) {
            return null; // a query alone, or another host
        }
        int hash = raw.indexOf('#');
        int question = raw.indexOf('?');
        int query = hash >= 0 && question > hash ? -1 : question; // a '?' in the fragment starts no query
        int pathEnd = query >= 0 ? query : hash >= 0 ? hash : length;
        if (!isPlain(raw, 0, pathEnd, PATH) || hasEmptySegment(raw, pathEnd)) {
            return null;
        }
        if (query >= 0 && !isPlain(raw, query + 1, hash >= 0 ? hash : length, QUERY_OR_FRAGMENT)) {
            return null;
        }
        if (hash >= 0 && !isPlain(raw, hash + 1, length, QUERY_OR_FRAGMENT)) {
            return null; // a second '#' among them, which the long way encodes
        }
        String path = raw.substring(0, pathEnd);
        String merged = first == '/' ? path : directory + path;
        return origin + UrlNormalizer.removeDotSegments(merged) + raw.substring(pathEnd);
    }

    /**
     * Characters of a path that {@link URI} takes as they are and that mean nothing more in a relative link: no
     * {@code :} (which could make the first segment a scheme), no {@code ?} or {@code #}.
     */
    private static final boolean[] PATH = allowed("/-._~!$&'()*+,;=@");

    /** Characters that {@link URI} takes as they are in a query or a fragment: no second {@code #}. */
    private static final boolean[] QUERY_OR_FRAGMENT = allowed("/-._~!$&'()*+,;=@:?");

    private static boolean[] allowed(String punctuation) {
        boolean[] allowed = new boolean[128];
        for (char c = 'a'; c <= 'z'; c++) {
            allowed[c] = true;
            allowed[c - 'a' + 'A'] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            allowed[c] = true;
        }
        for (char c : punctuation.toCharArray()) {
            allowed[c] = true;
        }
        return allowed;
    }

    /** Whether {@code raw} from {@code from} to {@code to} holds allowed characters and valid escapes only. */
    private static boolean isPlain(String raw, int from, int to, boolean[] allowed) {
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= to || !UrlNormalizer.isHex(raw.charAt(i + 1)) || !UrlNormalizer.isHex(raw.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c >= 128 || !allowed[c]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the path has {@code //}, whose empty segment URI's own normalisation would drop. */
    private static boolean hasEmptySegment(String raw, int pathEnd) {
        int at = raw.indexOf("//");
        return at >= 0 && at < pathEnd;
    }
}
