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
        // URI.resolve keeps "a/../b" style segments when the base path is empty; a browser does not.
        URI resolved = base.resolve(relative);
        if (relative.getRawPath() != null && relative.getRawPath().isEmpty() && relative.getRawQuery() == null
                && relative.getRawAuthority() == null && relative.getScheme() == null) {
            // "#frag" alone: the page itself, with its query (URI.resolve drops it on some inputs)
            String baseText = withoutFragment(base).toString();
            return URI.create(baseText + (relative.getRawFragment() != null ? "#" + relative.getRawFragment() : ""));
        }
        if (relative.getRawPath() != null && relative.getRawPath().isEmpty() && relative.getRawQuery() != null
                && relative.getRawAuthority() == null && relative.getScheme() == null) {
            // "?q" alone: the page's path with a new query (RFC 3986; URI.resolve follows RFC 2396 and drops the file)
            String baseText = withoutFragment(base).toString();
            int query = baseText.indexOf('?');
            return URI.create((query < 0 ? baseText : baseText.substring(0, query)) + "?" + relative.getRawQuery()
                    + (relative.getRawFragment() != null ? "#" + relative.getRawFragment() : ""));
        }
        return resolved;
    }

    private static URI normalize(URI uri) throws URISyntaxException {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return URI.create("file://" + (uri.getRawPath() == null ? "/" : uri.getRawPath().replaceFirst("^/*", "/"))
                    + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "")
                    + (uri.getRawFragment() != null ? "#" + uri.getRawFragment() : ""));
        }
        String host = uri.getHost();
        if (host == null) {
            // URI falls back to a registry authority when the host is not a valid server name
            throw new URISyntaxException(uri.toString(), "no valid host");
        }
        host = host.startsWith("[") ? host.toLowerCase(Locale.ROOT) : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : removeDotSegments(uri.getRawPath());
        StringBuilder out = new StringBuilder(scheme).append("://");
        if (uri.getRawUserInfo() != null) {
            out.append(uri.getRawUserInfo()).append('@');
        }
        out.append(host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(path);
        if (uri.getRawQuery() != null) {
            out.append('?').append(uri.getRawQuery());
        }
        if (uri.getRawFragment() != null) {
            out.append('#').append(uri.getRawFragment());
        }
        return new URI(out.toString());
    }

    private static String removeDotSegments(String path) {
        if (!path.contains("/.")) {
            return path;
        }
        String[] segments = path.split("/", -1);
        java.util.ArrayDeque<String> kept = new java.util.ArrayDeque<>();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    kept.addLast("");
                }
            } else if (segment.equals("..")) {
                kept.pollLast();
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segment);
            }
        }
        return "/" + String.join("/", kept);
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
            if (cp == '%' && !(i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2)))) {
                out.append("%25");
            } else if (cp == '#') {
                out.append(seenHash ? "%23" : "#");
                seenHash = true;
            } else if (cp > 126 || cp <= 32 || "\"<>\\^`{|}".indexOf(cp) >= 0) {
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

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
