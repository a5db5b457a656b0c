package dev.hydra.http;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.util.Locale;
import java.util.Map;

/**
 * Answers a proxy's {@code 407 Proxy Authentication Required} with the user and password configured for that
 * proxy, and only a proxy's: a web server asking for credentials gets none.
 */
public final class ProxyCredentials extends Authenticator {

    private final Map<ProxyRoute, PasswordAuthentication> byProxy;

    public ProxyCredentials(Map<ProxyRoute, PasswordAuthentication> byProxy) {
        this.byProxy = Map.copyOf(byProxy);
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY || getRequestingHost() == null) {
            return null;
        }
        String host = getRequestingHost().toLowerCase(Locale.ROOT);
        for (Map.Entry<ProxyRoute, PasswordAuthentication> entry : byProxy.entrySet()) {
            ProxyRoute route = entry.getKey();
            if (route.host().toLowerCase(Locale.ROOT).equals(host) && route.port() == getRequestingPort()) {
                PasswordAuthentication credentials = entry.getValue();
                return new PasswordAuthentication(
                        credentials.getUserName(), credentials.getPassword().clone());
            }
        }
        return null;
    }
}
