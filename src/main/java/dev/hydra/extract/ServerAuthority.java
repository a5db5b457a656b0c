package dev.hydra.extract;

import java.net.URI;
import java.util.Locale;

/**
 * The user info, host and port of a URL, also where {@link URI} reads its authority as a registry name and returns no
 * host: an IPv4 address in a browser's spelling ({@code 127.1}, {@code 0x7f.1}) is such an authority.
 *
 * @param userInfo the raw user info, or null
 * @param host the host as written, lower case; an IPv6 literal with its brackets
 * @param port the port, or -1
 */
public record ServerAuthority(String userInfo, String host, int port) {

    /** The authority of an absolute http(s) URL, or null when it names no host. */
    public static ServerAuthority of(URI uri) {
        if (uri.getHost() != null) {
            return new ServerAuthority(uri.getRawUserInfo(), uri.getHost().toLowerCase(Locale.ROOT), uri.getPort());
        }
        return numericIpv4(uri.getRawAuthority());
    }

    /** A registry authority whose host is an IPv4 address as a browser reads one, or null. */
    static ServerAuthority numericIpv4(String rawAuthority) {
        if (rawAuthority == null) {
            return null;
        }
        int at = rawAuthority.lastIndexOf('@');
        String userInfo = at < 0 ? null : rawAuthority.substring(0, at);
        String hostPort = rawAuthority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        int port = -1;
        if (colon >= 0 && colon < hostPort.length() - 1) {
            String digits = hostPort.substring(colon + 1);
            if (digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            port = Integer.parseInt(digits);
        }
        if (port > 65535 || Ipv4Host.parse(host) == null) {
            return null;
        }
        return new ServerAuthority(userInfo, host.toLowerCase(Locale.ROOT), port);
    }

    /**
     * The same URL with its host written as four decimal bytes when it is an IPv4 address spelt otherwise (what a
     * browser connects to), so that clients which read only that spelling can request it; else {@code uri} itself.
     */
    public static URI withDottedHost(URI uri) {
        ServerAuthority authority = of(uri);
        if (authority == null || !Ipv4Host.isUnusualSpelling(authority.host())) {
            return uri;
        }
        String text = uri.toString();
        int start = text.indexOf("//") + 2;
        int end = start + uri.getRawAuthority().length();
        String dotted = (authority.userInfo() != null ? authority.userInfo() + "@" : "")
                + Ipv4Host.dotted(Ipv4Host.parse(authority.host()))
                + (authority.port() >= 0 ? ":" + authority.port() : "");
        return URI.create(text.substring(0, start) + dotted + text.substring(end));
    }
}
