package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.http.HeaderRule;
import dev.hydra.http.HostPattern;
import dev.hydra.model.CheckResult;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

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
        assertEquals("docs-bot/1.0 (+https://example.org)", site.requests().get(0).header("User-Agent"));
    }

    @Test
    void aHostsHeaderIsSentThereAndNeverElsewhereNotEvenAfterARedirect() {
        site.page("/index.html", "<a href='/private'>p</a> <a href='/leaves'>l</a> <a href='" + other.url("/direct")
                + "'>d</a>");
        site.status("/private", 200).redirect("/leaves", 302, other.url("/landing"));
        other.status("/landing", 200).status("/direct", 200);
        CheckResult result = Checks.run(Checks.quick().url(site.uri("/index.html"))
                .header(new HeaderRule(new HostPattern("127.0.0.1"), "Authorization", "Bearer s3cret")));

        assertEquals(Verdict.OK, Checks.link(result, site.url("/leaves")).verdict());
        assertEquals(3, site.requests().size());
        site.requests().forEach(request -> assertEquals("Bearer s3cret", request.header("Authorization"), request.path()));
        assertEquals(2, other.requests().size(), "the redirect target and the direct link were requested");
        other.requests().forEach(request -> assertNull(request.header("Authorization"), request.path()));
    }
}
