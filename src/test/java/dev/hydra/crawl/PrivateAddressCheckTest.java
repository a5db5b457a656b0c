package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Links to private addresses, end to end with loopback spellings only: a site on 127.0.0.1 (the start, always
 * checked) links a server on 127.0.0.2 in every spelling a browser reads as that address.
 */
class PrivateAddressCheckTest {

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @RegisterExtension
    final TestServer other = TestServer.start("127.0.0.2");

    private int port() {
        return other.uri("/").getPort();
    }

    /** The spellings of 127.0.0.2 a browser reads, each with a path of its own. */
    private List<String> spellingsOfTheOtherHost() {
        int port = port();
        return List.of(
                "http://127.0.0.2:" + port + "/dotted",
                "http://2130706434:" + port + "/decimal",
                "http://127.2:" + port + "/short",
                "http://0x7f.0.0.2:" + port + "/hex",
                "http://017700000002:" + port + "/octal",
                "http://[::ffff:127.0.0.2]:" + port + "/mapped");
    }

    private String linking(List<String> urls) {
        StringBuilder html = new StringBuilder();
        urls.forEach(url -> html.append("<a href='").append(url).append("'>x</a>\n"));
        return html.toString();
    }

    @Test
    void everySpellingOfAPrivateHostIsSkippedAndNeverContacted() {
        List<String> urls = new java.util.ArrayList<>(spellingsOfTheOtherHost());
        urls.add("http://localhost:" + port() + "/name");
        urls.add("http://[::1]:" + port() + "/ipv6");
        site.page("/index.html", linking(urls)).status("/own", 200);
        other.status("/dotted", 200);

        CheckResult result = Checks.run(Checks.quick().url(site.uri("/index.html")));

        assertEquals(List.of(), other.requests(), "no request reaches the private host");
        for (String url : urls) {
            LinkResult link = Checks.link(result, url);
            assertEquals(Verdict.SKIPPED, link.verdict(), url);
            assertEquals(ResultKind.PRIVATE_ADDRESS, link.kind(), url);
            assertTrue(link.reason().contains("checkPrivateAddresses"), link.reason());
        }
        assertEquals(urls.size(), result.summary().skipped(), "each spelling is counted: " + result.summary());
    }

    @Test
    void withCheckPrivateAddressesEverySpellingIsRequested() {
        List<String> urls = spellingsOfTheOtherHost();
        site.page("/index.html", linking(urls));
        for (String url : urls) {
            other.status(url.substring(url.lastIndexOf('/')), 200);
        }

        CheckResult result =
                Checks.run(Checks.quick().url(site.uri("/index.html")).checkPrivateAddresses(true));

        for (String url : urls) {
            assertEquals(Verdict.OK, Checks.link(result, url).verdict(), url);
            String path = url.substring(url.lastIndexOf('/'));
            assertEquals(1, other.requests(path).size(), "requested once: " + url);
        }
    }

    @Test
    void anAllowedHostIsChecked() {
        site.page("/index.html", linking(List.of(other.url("/ok"))));
        other.status("/ok", 200);

        CheckResult result =
                Checks.run(Checks.quick().url(site.uri("/index.html")).allowedPrivateHost("127.0.0.2:" + port()));

        assertEquals(Verdict.OK, Checks.link(result, other.url("/ok")).verdict());
    }

    @Test
    void aRedirectFromAnAllowedHostIntoAPrivateOneIsNotFollowed() {
        site.page("/index.html", "<a href='/away'>a</a>").redirect("/away", 302, other.url("/metadata"));
        other.status("/metadata", 200);

        CheckResult result = Checks.run(Checks.quick().url(site.uri("/index.html")));

        assertEquals(List.of(), other.requests(), "the redirect's private target is never contacted");
        LinkResult away = Checks.link(result, site.url("/away"));
        assertEquals(ResultKind.PRIVATE_ADDRESS, away.kind(), away.toString());
        assertEquals(Verdict.SKIPPED, away.verdict());
    }

    @Test
    void theStartUrlOfAPrivateHostIsChecked() {
        site.page("/index.html", "<a href='/page'>p</a>").status("/page", 200);

        CheckResult result = Checks.run(Checks.quick().url(site.uri("/index.html")));

        assertEquals(Verdict.OK, Checks.link(result, site.url("/page")).verdict());
        assertEquals(1, site.requests("/page").size());
    }
}
