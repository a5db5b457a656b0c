package dev.hydra.http;

import java.net.Authenticator;
import java.net.PasswordAuthentication;

/**
 * Passes only proxy challenges to the user's authenticator. The JDK client asks one Authenticator for both proxy
 * and server credentials, so without this a crawled site answering {@code 401} would receive the proxy password.
 */
final class ProxyOnlyAuthenticator extends Authenticator {

    private final Authenticator proxyCredentials;

    ProxyOnlyAuthenticator(Authenticator proxyCredentials) {
        this.proxyCredentials = proxyCredentials;
    }

    @Override
    protected PasswordAuthentication getPasswordAuthentication() {
        if (getRequestorType() != RequestorType.PROXY) {
            return null; // a web server asked: Hydra never logs in to crawled sites
        }
        return proxyCredentials.requestPasswordAuthenticationInstance(
                getRequestingHost(),
                getRequestingSite(),
                getRequestingPort(),
                getRequestingProtocol(),
                getRequestingPrompt(),
                getRequestingScheme(),
                getRequestingURL(),
                getRequestorType());
    }
}
