package dev.hydra.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.hydra.crawl.CheckConfig;
import dev.hydra.crawl.CheckListener;
import dev.hydra.crawl.LinkCheck;
import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfiguredProxySelectorTest {

    /** A name no resolver knows (RFC 6761 reserves .test): only the proxy can reach it. */
    private static final String PROXIED_HOST = "docs.example.test";

    private HttpServer origin;
    private final List<String> originPaths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startOrigin() throws IOException {
        origin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        origin.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            originPaths.add(path);
            String page = switch (path) {
                case "/" ->
                    "<html><body><a href=\"/about.html\">about</a> <a href=\"/missing.html\">gone</a>"
                            + " <a href=\"http://127.0.0.1:"
                            + origin.getAddress().getPort() + "/direct.html\">direct</a></body></html>";
                case "/about.html", "/direct.html" -> "<html><body>fine</body></html>";
                default -> null;
            };
            byte[] body = (page == null ? "not here" : page).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(
                    page == null ? 404 : 200, "HEAD".equals(exchange.getRequestMethod()) ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (!"HEAD".equals(exchange.getRequestMethod())) {
                    out.write(body);
                }
            }
        });
        origin.start();
    }

    @AfterEach
    void stopOrigin() {
        origin.stop(0);
    }

    @Test
    void requestsGoThroughTheAuthenticatingProxyAndNonProxyHostsGoDirect() throws Exception {
        try (ForwardProxy proxy =
                new ForwardProxy(Map.of(PROXIED_HOST, origin.getAddress().getPort()), "ann", "s3cret")) {
            ProxyRoute route = new ProxyRoute("127.0.0.1", proxy.port(), "localhost|127.*");
            CheckResult result = check(URI.create("http://" + PROXIED_HOST + "/"), route, "ann", "s3cret");

            assertEquals(Verdict.OK, verdictOf(result, "http://" + PROXIED_HOST + "/about.html"));
            assertEquals(Verdict.BROKEN, verdictOf(result, "http://" + PROXIED_HOST + "/missing.html"));
            String direct = "http://127.0.0.1:" + origin.getAddress().getPort() + "/direct.html";
            assertEquals(Verdict.OK, verdictOf(result, direct));
            assertTrue(
                    proxy.requests().stream().anyMatch(line -> line.contains(PROXIED_HOST + "/about.html")),
                    proxy.requests().toString());
            assertTrue(
                    proxy.requests().stream().noneMatch(line -> line.contains("127.0.0.1")),
                    "a nonProxyHosts host must bypass the proxy: " + proxy.requests());
            assertTrue(originPaths.contains("/direct.html"), originPaths.toString());
        }
    }

    @Test
    void loopbackAddressesGoThroughTheProxyTooUnlessListed() throws Exception {
        // The JDK's default selector never proxies loopback; HttpClient with our selector must ask it for every host.
        try (ForwardProxy proxy = new ForwardProxy(Map.of(), null, null)) {
            ProxyRoute route = new ProxyRoute("127.0.0.1", proxy.port(), "");
            URI start = URI.create("http://127.0.0.1:" + origin.getAddress().getPort() + "/");
            CheckResult result = check(start, route, null, null);

            assertEquals(
                    Verdict.OK, verdictOf(result, start.resolve("/direct.html").toString()));
            assertTrue(
                    proxy.requests().stream().anyMatch(line -> line.contains("/direct.html")),
                    proxy.requests().toString());
        }
    }

    @Test
    void withoutCredentialsTheProxyRefusesAndTheReasonSaysSo() throws Exception {
        try (ForwardProxy proxy =
                new ForwardProxy(Map.of(PROXIED_HOST, origin.getAddress().getPort()), "ann", "s3cret")) {
            ProxyRoute route = new ProxyRoute("127.0.0.1", proxy.port(), "");
            CheckResult result = check(URI.create("http://" + PROXIED_HOST + "/about.html"), route, null, null);

            LinkResult start = result.links().stream()
                    .filter(l -> l.url().endsWith("/about.html"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(Verdict.BROKEN, start.verdict());
            assertEquals(407, start.status());
            assertTrue(proxy.requests().isEmpty());
        }
    }

    @Test
    void selectsByScheme_bypassesListedHosts_andLeavesOtherSchemesToTheFallback() {
        ProxyRoute route = new ProxyRoute("proxy.corp", 3128, "localhost|*.corp.example, 10.*");
        ConfiguredProxySelector selector = new ConfiguredProxySelector(Map.of("http", route, "https", route), null);

        Proxy proxy = selector.select(URI.create("https://example.org/")).get(0);
        assertEquals(Proxy.Type.HTTP, proxy.type());
        assertEquals(
                "proxy.corp:3128",
                ((InetSocketAddress) proxy.address()).getHostString() + ":"
                        + ((InetSocketAddress) proxy.address()).getPort());
        assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("http://LOCALHOST:8080/")));
        assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("https://docs.corp.example/x")));
        assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("http://10.1.2.3/")));
        assertFalse(selector.select(URI.create("http://corp.example.org/")).contains(Proxy.NO_PROXY));
        assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("ftp://example.org/")));
    }

    private static CheckResult check(URI start, ProxyRoute route, String user, String password) throws Exception {
        CheckConfig.Builder config = CheckConfig.builder()
                .url(start)
                .retries(0)
                .checkPrivateAddresses(true) // the hosts behind the proxy are loopback servers
                .proxy(new ConfiguredProxySelector(Map.of("http", route, "https", route), null));
        if (user != null) {
            config.proxyAuthenticator(
                    new ProxyCredentials(Map.of(route, new PasswordAuthentication(user, password.toCharArray()))));
        }
        return new LinkCheck(config.build(), CheckListener.SILENT).run();
    }

    private static Verdict verdictOf(CheckResult result, String url) {
        return result.links().stream()
                .filter(link -> link.url().equals(url))
                .map(LinkResult::verdict)
                .findFirst()
                .orElseThrow(() -> new AssertionError(url + " not in " + result.links()));
    }
}
