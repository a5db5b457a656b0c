package dev.hydra.http;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One HTTP proxy as Maven's {@code settings.xml} describes it: host, port, and the hosts reached without it
 * ({@code nonProxyHosts}: patterns with {@code *} wildcards separated by {@code |} or {@code ,}, such as
 * {@code localhost|*.corp.example|10.*}), compared without regard to case.
 */
public record ProxyRoute(String host, int port, String nonProxyHosts) {

    public ProxyRoute {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException(
                    "a proxy needs a host and a port from 1 to 65535, was " + host + ":" + port);
        }
        nonProxyHosts = nonProxyHosts == null ? "" : nonProxyHosts;
    }

    /** Whether requests to {@code targetHost} go directly, not through this proxy. */
    public boolean bypasses(String targetHost) {
        if (targetHost == null) {
            return false;
        }
        String candidate = stripBrackets(targetHost.toLowerCase(Locale.ROOT));
        return patterns().stream()
                .anyMatch(pattern -> pattern.matcher(candidate).matches());
    }

    private List<Pattern> patterns() {
        return Arrays.stream(nonProxyHosts.split("[|,]"))
                .map(String::trim)
                .filter(text -> !text.isEmpty())
                .map(text -> Pattern.compile(Pattern.quote(stripBrackets(text.toLowerCase(Locale.ROOT)))
                        .replace("*", "\\E.*\\Q")))
                .toList();
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return host + ":" + port + (nonProxyHosts.isEmpty() ? "" : " (not for " + nonProxyHosts + ")");
    }
}
