package dev.hydra.http;

import java.net.Authenticator;
import java.net.ProxySelector;
import java.time.Duration;
import java.util.List;

/**
 * How the JDK client talks to servers.
 *
 * @param timeout the deadline of one request, from connecting to the last byte read
 * @param userAgent the User-Agent header
 * @param headers extra headers per host pattern
 * @param maxPageSize the most bytes of an HTML body read for parsing
 * @param insecureHosts hosts whose TLS certificates are not verified
 * @param proxy the proxy selector, or null for the JDK default
 * @param proxyAuthenticator credentials for the proxy, or null
 */
public record HttpSettings(
        Duration timeout,
        String userAgent,
        List<HeaderRule> headers,
        long maxPageSize,
        List<HostPattern> insecureHosts,
        ProxySelector proxy,
        Authenticator proxyAuthenticator) {

    public HttpSettings {
        headers = List.copyOf(headers);
        insecureHosts = List.copyOf(insecureHosts);
    }

    public boolean isInsecure(String host) {
        return insecureHosts.stream().anyMatch(pattern -> pattern.matches(host));
    }
}
