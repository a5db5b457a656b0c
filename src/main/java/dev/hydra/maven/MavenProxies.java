package dev.hydra.maven;

import dev.hydra.crawl.CheckConfig;
import dev.hydra.http.ConfiguredProxySelector;
import dev.hydra.http.ProxyCredentials;
import dev.hydra.http.ProxyRoute;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Maps the active proxies of {@code settings.xml} onto the engine: for {@code http} and {@code https} links the
 * active proxy of that protocol, else the first active one (an HTTP proxy tunnels https); passwords decrypted by
 * Maven's {@link SettingsDecrypter}. Without an active proxy nothing is set, and the JDK's own proxy properties
 * ({@code -Dhttps.proxyHost=...}) apply.
 */
final class MavenProxies {

    private static final List<String> SCHEMES = List.of("http", "https");
    private static final String TUNNEL_AUTH_PROPERTY = "jdk.http.auth.tunneling.disabledSchemes";

    private MavenProxies() {}

    static void apply(Settings settings, SettingsDecrypter decrypter, CheckConfig.Builder builder, Log log) {
        if (settings == null) {
            return;
        }
        List<Proxy> active =
                settings.getProxies().stream().filter(Proxy::isActive).toList();
        if (active.isEmpty()) {
            return;
        }
        List<Proxy> proxies = decrypt(active, decrypter, log);
        Map<String, ProxyRoute> routes = new LinkedHashMap<>();
        Map<ProxyRoute, PasswordAuthentication> credentials = new LinkedHashMap<>();
        for (String scheme : SCHEMES) {
            Proxy proxy = proxies.stream()
                    .filter(p -> scheme.equalsIgnoreCase(p.getProtocol()))
                    .findFirst()
                    .orElse(proxies.get(0));
            ProxyRoute route;
            try {
                route = new ProxyRoute(proxy.getHost(), proxy.getPort(), proxy.getNonProxyHosts());
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException(
                        "settings.xml proxy '" + proxy.getId() + "': a proxy needs <host> and <port>");
            }
            routes.put(scheme, route);
            if (proxy.getUsername() != null && !proxy.getUsername().isEmpty()) {
                String password = proxy.getPassword() == null ? "" : proxy.getPassword();
                credentials.put(route, new PasswordAuthentication(proxy.getUsername(), password.toCharArray()));
            }
            log.info("Hydra: " + scheme + " links through proxy " + route + " (settings.xml proxy '" + proxy.getId()
                    + "')");
        }
        builder.proxy(new ConfiguredProxySelector(routes, ProxySelector.getDefault()));
        if (!credentials.isEmpty()) {
            builder.proxyAuthenticator(new ProxyCredentials(credentials));
            warnIfTunnelAuthDisabled(log);
        }
    }

    /**
     * The JDK refuses Basic credentials for HTTPS tunnels (CONNECT) unless told otherwise, and reads the
     * property once per JVM, so Hydra cannot change it for itself: it can only say what to set.
     */
    private static void warnIfTunnelAuthDisabled(Log log) {
        String disabled = System.getProperty(TUNNEL_AUTH_PROPERTY, "Basic");
        if (disabled.toLowerCase(java.util.Locale.ROOT).contains("basic")) {
            log.warn("Hydra: the JDK sends proxy credentials for https links only with -D" + TUNNEL_AUTH_PROPERTY
                    + "= (empty); add it to MAVEN_OPTS or .mvn/jvm.config if https links fail with "
                    + "407 Proxy Authentication Required");
        }
    }

    private static List<Proxy> decrypt(List<Proxy> proxies, SettingsDecrypter decrypter, Log log) {
        if (decrypter == null) {
            return proxies;
        }
        DefaultSettingsDecryptionRequest request = new DefaultSettingsDecryptionRequest();
        request.setProxies(proxies);
        SettingsDecryptionResult result = decrypter.decrypt(request);
        for (SettingsProblem problem : result.getProblems()) {
            log.warn("Hydra: settings.xml proxy password: " + problem.getMessage());
        }
        return result.getProxies().isEmpty() ? proxies : result.getProxies();
    }
}
