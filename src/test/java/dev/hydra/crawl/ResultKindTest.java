package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.hydra.model.CheckResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every result that is not OK carries the machine-readable kind of its failure; an OK one carries none. */
class ResultKindTest {

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @Test
    void eachFailureHasItsKind() {
        site.page("/index.html", """
                <a href="doc.html#intro">ok</a>
                <a href="doc.html#part">missing anchor</a>
                <a href="gone.html">404</a>
                <a href="forbidden.html">403</a>
                <a href="mailto:someone@example.org">mail</a>
                <a href="http://bad host/">invalid</a>
                <a href="http://127.0.0.3:1/">refused</a>
                """)
                .page("/doc.html", "<h2 id='intro'>Intro</h2>")
                .status("/gone.html", 404)
                .status("/forbidden.html", 999);
        CheckResult result =
                Checks.run(Checks.quick().url(site.uri("/index.html")).checkPrivateAddresses(true));

        assertNull(Checks.link(result, site.url("/doc.html#intro")).kind());
        assertEquals(
                ResultKind.MISSING_ANCHOR,
                Checks.link(result, site.url("/doc.html#part")).kind());
        assertEquals(
                ResultKind.HTTP_STATUS,
                Checks.link(result, site.url("/gone.html")).kind());
        assertEquals(
                ResultKind.UNSUPPORTED_SCHEME,
                Checks.link(result, "mailto:someone@example.org").kind());
        assertEquals(
                ResultKind.CONNECTION,
                Checks.link(result, "http://127.0.0.3:1/").kind());
        var invalid = result.links().stream()
                .filter(link -> link.url().contains("bad"))
                .toList();
        assertEquals(1, invalid.size(), "the invalid link is listed once: " + invalid);
        assertEquals(Verdict.BROKEN, invalid.get(0).verdict());
        assertEquals(ResultKind.INVALID_URL, invalid.get(0).kind());
        assertEquals(
                ResultKind.REFUSED_BY_HOST,
                Checks.link(result, site.url("/forbidden.html")).kind());
    }
}
