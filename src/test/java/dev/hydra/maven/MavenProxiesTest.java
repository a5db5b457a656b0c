package dev.hydra.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.crawl.CheckConfig;
import java.net.Authenticator;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

class MavenProxiesTest {

    @TempDir
    Path home;

    @Test
    void theActiveProxyWithAnEncryptedPasswordBecomesSelectorAndCredentials() throws Exception {
        DefaultPlexusCipher cipher = new DefaultPlexusCipher();
        Path security = home.resolve("settings-security.xml");
        Files.writeString(
                security,
                "<settingsSecurity><master>"
                        + cipher.encryptAndDecorate("master-pw", DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                        + "</master></settingsSecurity>");
        DefaultSettingsDecrypter decrypter =
                new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
        Settings settings = new Settings();
        settings.addProxy(proxy("inactive", false, "http", "old.corp", 1, null, null));
        settings.addProxy(proxy(
                "corp", true, "http", "proxy.corp", 3128, "ann", cipher.encryptAndDecorate("s3cret", "master-pw")));
        settings.getProxies().get(1).setNonProxyHosts("localhost|*.corp.example");

        CheckConfig.Builder builder = CheckConfig.builder().url(URI.create("https://example.org/"));
        MavenProxies.apply(settings, decrypter, builder, new SystemStreamLog());
        CheckConfig config = builder.build();

        // https goes through the http proxy too: it tunnels with CONNECT
        Proxy chosen = config.proxy().select(URI.create("https://example.org/")).get(0);
        assertEquals("proxy.corp", ((InetSocketAddress) chosen.address()).getHostString());
        assertEquals(3128, ((InetSocketAddress) chosen.address()).getPort());
        assertEquals(List.of(Proxy.NO_PROXY), config.proxy().select(URI.create("http://docs.corp.example/")));
        PasswordAuthentication answer =
                ask(config.proxyAuthenticator(), "proxy.corp", 3128, Authenticator.RequestorType.PROXY);
        assertEquals("ann", answer.getUserName());
        assertEquals("s3cret", new String(answer.getPassword()));
        // a web server asking for credentials gets none
        assertNull(ask(config.proxyAuthenticator(), "example.org", 443, Authenticator.RequestorType.SERVER));
    }

    @Test
    void noActiveProxyLeavesTheJdkDefaultInPlace() {
        Settings settings = new Settings();
        settings.addProxy(proxy("off", false, "http", "proxy.corp", 3128, null, null));
        CheckConfig.Builder builder = CheckConfig.builder().url(URI.create("https://example.org/"));

        MavenProxies.apply(settings, null, builder, new SystemStreamLog());

        assertNull(builder.build().proxy());
        assertNull(builder.build().proxyAuthenticator());
    }

    private static PasswordAuthentication ask(
            Authenticator authenticator, String host, int port, Authenticator.RequestorType type) throws Exception {
        return authenticator.requestPasswordAuthenticationInstance(
                host, null, port, "http", "realm", "Basic", new URI("http://example.org/").toURL(), type);
    }

    private static org.apache.maven.settings.Proxy proxy(
            String id, boolean active, String protocol, String host, int port, String user, String password) {
        org.apache.maven.settings.Proxy proxy = new org.apache.maven.settings.Proxy();
        proxy.setId(id);
        proxy.setActive(active);
        proxy.setProtocol(protocol);
        proxy.setHost(host);
        proxy.setPort(port);
        proxy.setUsername(user);
        proxy.setPassword(password);
        return proxy;
    }
}
