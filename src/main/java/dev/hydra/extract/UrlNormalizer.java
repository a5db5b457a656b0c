package dev.hydra.extract;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads link text the way a browser does: trims it, drops tabs and newlines, resolves it against a base,
 * percent-encodes spaces and non-ASCII characters, converts international host names to ASCII,
 * lower-cases scheme and host, drops default ports, and writes an empty path as {@code /}.
 */
public final class UrlNormalizer {

    private UrlNormalizer() {}

    /** Resolves {@code raw} against {@code base} (which may be null for absolute links). */
    public static LinkTarget resolve(String raw, URI base) {
        String text = stripWhitespace(raw);
        if (text.isEmpty()) {
            return base == null ? new LinkTarget.Invalid(raw, "empty URL") : new LinkTarget.Web(withoutFragment(base));
        }
        String scheme = schemeOf(text);
        if (scheme != null && !scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
            return new LinkTarget.Unfetchable(text, scheme);
        }
        try {
            URI parsed = new URI(encodeIllegal(text));
            URI absolute = base == null ? parsed : resolveAgainst(base, parsed);
            if (!absolute.isAbsolute()) {
                return new LinkTarget.Invalid(text, "relative URL with no page to resolve it against");
            }
            return new LinkTarget.Web(normalize(absolute));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new LinkTarget.Invalid(text, "invalid URL");
        }
    }

    /** Parses an absolute URL given by the user or a server (a redirect's Location), or throws. */
    public static URI parseAbsolute(String raw) {
        LinkTarget target = resolve(raw, null);
        if (target instanceof LinkTarget.Web web) {
            return web.uri();
        }
        throw new IllegalArgumentException("not an absolute http(s) URL: " + raw);
    }

    /** The same URL without its fragment: the unit Hydra fetches. */
    public static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }

    private static URI resolveAgainst(URI base, URI relative) {
        boolean samePath = relative.getRawPath() != null
                && relative.getRawPath().isEmpty()
                && relative.getRawAuthority() == null
                && relative.getScheme() == null;
        if (samePath && relative.getRawQuery() == null) {
            // "#frag" alone: the page itself, with its query. URI.resolve copies the parts of the base rather than
            // parsing its text again, but gives an opaque base's link back unresolved.
            if (relative.getRawFragment() != null && !base.isOpaque()) {
                return base.resolve(relative);
            }
            String baseText = withoutFragment(base).toString();
            return URI.create(baseText + (relative.getRawFragment() != null ? "#" + relative.getRawFragment() : ""));
        }
        if (samePath) {
            // "?q" alone: the page's path with a new query (RFC 3986; URI.resolve follows RFC 2396 and drops the file)
            String baseText = withoutFragment(base).toString();
            int query = baseText.indexOf('?');
            return URI.create((query < 0 ? baseText : baseText.substring(0, query)) + "?" + relative.getRawQuery()
                    + (relative.getRawFragment() != null ? "#" + relative.getRawFragment() : ""));
        }
        // URI.resolve keeps "a/../b" style segments when the base path is empty; normalize drops them, as a browser
        // does
        return base.resolve(relative);
    }

    private static URI normalize(URI uri) throws URISyntaxException {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return URI.create("file://" + (uri.getRawPath() == null ? "/" : withOneLeadingSlash(uri.getRawPath()))
                    + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "")
                    + (uri.getRawFragment() != null ? "#" + uri.getRawFragment() : ""));
        }
        String host = uri.getHost();
        int port = uri.getPort();
        String userInfo = uri.getRawUserInfo();
        if (host == null) {
            // URI falls back to a registry authority when the host is not a valid server name; an IPv4 address in a
            // browser's spelling (127.1, 0x7f.1) is one, and is kept as written
            ServerAuthority numeric = ServerAuthority.numericIpv4(uri.getRawAuthority());
            if (numeric == null) {
                throw new URISyntaxException(uri.toString(), "no valid host");
            }
            host = numeric.host();
            port = numeric.port();
            userInfo = numeric.userInfo();
        }
        host = host.startsWith("[") || isPlainAsciiName(host)
                ? host.toLowerCase(Locale.ROOT)
                : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            port = -1;
        }
        String authority = (userInfo != null ? userInfo + "@" : "") + host + (port != -1 ? ":" + port : "");
        String path =
                uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : removeDotSegments(uri.getRawPath());
        String normal = scheme + "://" + authority + path
                + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "")
                + (uri.getRawFragment() != null ? "#" + uri.getRawFragment() : "");
        return reparsesTo(uri, authority, normal) ? uri : new URI(normal);
    }

    /**
     * Whether {@code new URI(normal)} would give back {@code uri}, so that most links, already in normal form, are not
     * parsed twice. A URI that URI.resolve built from parts may not show them all in its text: its authority "h:" is
     * written "h", and old JDKs glue a path without its leading slash to the host ("http://hfoo").
     */
    private static boolean reparsesTo(URI uri, String authority, String normal) {
        return authority.equals(uri.getRawAuthority())
                && uri.getRawPath() != null
                && uri.getRawPath().startsWith("/")
                && normal.equals(uri.toString());
    }

    /**
     * Whether IDN.toASCII would return {@code host} unchanged, so that the call can be skipped: ASCII labels of 1 to 63
     * characters. Anything else (a trailing dot, an empty or too long label) is left to IDN to keep or reject.
     */
    private static boolean isPlainAsciiName(String host) {
        int labelLength = 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c >= 128) {
                return false;
            }
            if (c == '.') {
                if (labelLength == 0) {
                    return false;
                }
                labelLength = 0;
            } else if (++labelLength > 63) {
                return false;
            }
        }
        return labelLength > 0;
    }

    private static String withOneLeadingSlash(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return "/" + path.substring(start);
    }

    /**
     * RFC 3986's removal of {@code .} and {@code ..} segments from a path: each segment in turn, in one pass, without
     * splitting the path (a site's links are mostly {@code ../} paths, hundreds of thousands of them).
     */
    static String removeDotSegments(String path) {
        // a name that starts with a dot ("/.well-known/") is not a dot segment: nothing to remove
        if (!path.contains("/.") || (path.startsWith("/") && !hasDotSegment(path))) {
            return path;
        }
        StringBuilder kept = new StringBuilder(path.length());
        // the first segment is the text before the first '/': empty in an absolute path, and never kept
        int start = path.indexOf('/') + 1;
        while (true) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            boolean last = slash < 0;
            int length = end - start;
            if (length == 1 && path.charAt(start) == '.') {
                if (last) {
                    kept.append('/');
                }
            } else if (length == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                kept.setLength(Math.max(0, kept.lastIndexOf("/")));
                if (last) {
                    kept.append('/');
                }
            } else {
                kept.append('/').append(path, start, end);
            }
            if (last) {
                return kept.length() == 0 ? "/" : kept.toString();
            }
            start = slash + 1;
        }
    }

    /** Whether a segment of this path is "." or "..". */
    private static boolean hasDotSegment(String path) {
        for (int slash = path.indexOf("/."); slash >= 0; slash = path.indexOf("/.", slash + 1)) {
            int next = path.indexOf('/', slash + 1);
            int length = (next < 0 ? path.length() : next) - (slash + 1);
            if (length == 1 || (length == 2 && path.charAt(slash + 2) == '.')) {
                return true;
            }
        }
        return false;
    }

    private static String stripWhitespace(String raw) {
        String trimmed = raw.strip();
        if (trimmed.indexOf('\t') < 0 && trimmed.indexOf('\n') < 0 && trimmed.indexOf('\r') < 0) {
            return trimmed;
        }
        return trimmed.replaceAll("[\\t\\n\\r]", "");
    }

    private static String schemeOf(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            boolean ok = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (!ok || c > 127) {
                return null;
            }
        }
        return text.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /**
     * Percent-encodes what {@link URI} rejects but browsers accept (spaces, non-ASCII, stray {@code %},
     * a second {@code #}, some punctuation), leaving valid escapes and reserved characters alone, and
     * converts an international host name to its ASCII form.
     */
    static String encodeIllegal(String text) {
        if (isAlreadyEncoded(text)) {
            return text;
        }
        int authorityStart = text.indexOf("//");
        int firstSlash = text.indexOf('/');
        if (authorityStart != firstSlash) {
            authorityStart = -1; // "//" inside a path is not an authority
        }
        int authorityEnd = authorityStart < 0 ? -1 : endOfAuthority(text, authorityStart + 2);
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean seenHash = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            // an empty authority (file:///x, http:///x) ends where it starts: skip it, or this loop never advances
            if (authorityStart >= 0 && i == authorityStart + 2 && authorityEnd > i) {
                out.append(asciiAuthority(text.substring(i, authorityEnd)));
                i = authorityEnd;
                continue;
            }
            if (cp == '%' && !isEscape(text, i)) {
                out.append("%25");
            } else if (cp == '#') {
                out.append(seenHash ? "%23" : "#");
                seenHash = true;
            } else if (isIllegal(cp)) {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Whether {@link #encodeIllegal} would find nothing to change: the common case, checked without copying. */
    private static boolean isAlreadyEncoded(String text) {
        boolean seenHash = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isIllegal(c) || (c == '%' && !isEscape(text, i))) {
                return false;
            }
            if (c == '#') {
                if (seenHash) {
                    return false;
                }
                seenHash = true;
            }
        }
        return true;
    }

    /** Whether {@link URI} rejects this character anywhere in a URL (a browser would percent-encode it). */
    private static boolean isIllegal(int cp) {
        return switch (cp) {
            case '"', '<', '>', '\\', '^', '`', '{', '|', '}' -> true;
            default -> cp > 126 || cp <= 32;
        };
    }

    /** Whether a valid %XX escape starts at {@code i}. */
    private static boolean isEscape(String text, int i) {
        return i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2));
    }

    private static String asciiAuthority(String authority) {
        int at = authority.lastIndexOf('@');
        String host = authority.substring(at + 1);
        if (host.startsWith("[") || host.chars().allMatch(ch -> ch < 128)) {
            return authority;
        }
        int colon = host.lastIndexOf(':');
        String name = colon >= 0 ? host.substring(0, colon) : host;
        String port = colon >= 0 ? host.substring(colon) : "";
        return authority.substring(0, at + 1) + IDN.toASCII(name, IDN.ALLOW_UNASSIGNED) + port;
    }

    private static int endOfAuthority(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return i;
            }
        }
        return text.length();
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
