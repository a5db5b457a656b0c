package dev.hydra.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends each request through the proxy configured for its scheme ({@code http} or {@code https}), or directly
 * when its host is one of the proxy's {@code nonProxyHosts}. A scheme without a configured proxy is left to the
 * fallback selector, so the JDK's own {@code http.proxyHost}/{@code https.proxyHost} properties still apply.
 */
public final class ConfiguredProxySelector extends ProxySelector {

    private final Map<String, ProxyRoute> routes;
    private final ProxySelector fallback;

    /**
     * @param routes proxy per lower-case URI scheme
     * @param fallback the selector for other schemes, usually {@link ProxySelector#getDefault()}; null for direct
     */
    public ConfiguredProxySelector(Map<String, ProxyRoute> routes, ProxySelector fallback) {
        this.routes = Map.copyOf(routes);
        this.fallback = fallback;
    }

    @Override
    public List<Proxy> select(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        ProxyRoute route = routes.get(scheme);
        if (route == null) {
            return fallback != null ? fallback.select(uri) : List.of(Proxy.NO_PROXY);
        }
        if (route.bypasses(uri.getHost())) {
            return List.of(Proxy.NO_PROXY);
        }
        // unresolved: the proxy resolves the name, as it would for a browser behind it
        return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(route.host(), route.port())));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to learn: there is one proxy per scheme, and the failure is reported on the link
    }

    @Override
    public String toString() {
        return "proxies " + routes;
    }
}
