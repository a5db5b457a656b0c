package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.hydra.http.HeaderRule;
import dev.hydra.http.HostPattern;
import dev.hydra.model.CheckResult;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An honest User-Agent everywhere; a host's own headers only there, also across redirects. */
class HeadersTest {

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @RegisterExtension
    final TestServer other = TestServer.start("127.0.0.2");

    @Test
    void theUserAgentNamesHydraAndItsVersion() {
        site.page("/index.html", "<a href='" + other.url("/x") + "'>x</a>");
        other.status("/x", 200);
        Checks.run(Checks.quick().url(site.uri("/index.html")));
        String expected = "hydra-maven-plugin/" + Version.current();
        assertFalse(Version.current().contains("${"), "the version was not filtered into the jar");
        site.requests().forEach(request -> assertEquals(expected, request.header("User-Agent")));
        other.requests().forEach(request -> assertEquals(expected, request.header("User-Agent")));
    }

    @Test
    void aConfiguredUserAgentIsSent() {
        site.page("/index.html", "no links");
        Checks.run(Checks.quick().url(site.uri("/index.html")).userAgent("docs-bot/1.0 (+https://example.org)"));
        assertEquals(
                "docs-bot/1.0 (+https://example.org)", site.requests().get(0).header("User-Agent"));
    }

    @Test
    void aHostsHeaderIsSentThereAndNeverElsewhereNotEvenAfterARedirect() {
        site.page(
                "/index.html",
                "<a href='/private'>p</a> <a href='/leaves'>l</a> <a href='" + other.url("/direct") + "'>d</a>");
        site.status("/private", 200).redirect("/leaves", 302, other.url("/landing"));
        other.status("/landing", 200).status("/direct", 200);
        CheckResult result = Checks.run(Checks.quick()
                .url(site.uri("/index.html"))
                .checkPrivateAddresses(true)
                .header(new HeaderRule(new HostPattern("127.0.0.1"), "Authorization", "Bearer s3cret")));

        assertEquals(Verdict.OK, Checks.link(result, site.url("/leaves")).verdict());
        assertEquals(3, site.requests().size());
        site.requests()
                .forEach(request -> assertEquals("Bearer s3cret", request.header("Authorization"), request.path()));
        assertEquals(2, other.requests().size(), "the redirect target and the direct link were requested");
        other.requests().forEach(request -> assertNull(request.header("Authorization"), request.path()));
    }

    /** The JDK client refuses these on every request: as a link verdict each would read "invalid URL", link by link. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Host|docs.example.org|header 'Host' cannot be sent: the JDK's HTTP client sets it itself (remove it from headers)",
                "Connection|close|header 'Connection' cannot be sent: the JDK's HTTP client sets it itself (remove it from headers)",
                "X Token|abc|header 'X Token' cannot be sent: its name is not a valid HTTP header name"
            })
    void aHeaderTheHttpClientRefusesIsAConfigurationError(String name, String value, String message) {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> new HeaderRule(new HostPattern("*"), name, value));
        assertEquals(message, e.getMessage());
    }

    @Test
    void aHeaderValueWithALineBreakIsAConfigurationError() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new HeaderRule(new HostPattern("*"), "X-Token", "abc\r\nX-Evil: 1"));
        assertEquals(
                "header 'X-Token' cannot be sent: its value holds a line break or another control character",
                e.getMessage());
        IllegalArgumentException agent = assertThrows(
                IllegalArgumentException.class,
                () -> Checks.quick()
                        .url(site.uri("/index.html"))
                        .userAgent("bot\n1.0")
                        .build());
        assertEquals(
                "userAgent cannot be sent: its value holds a line break or another control character",
                agent.getMessage());
    }
}
