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
 * A machine that reaches no external host is told once, and its links are warnings, not dead links. Public hosts are
 * names under the reserved {@code .invalid} (RFC 2606), which never resolve: only name lookups are made.
 */
class NoNetworkTest {

    private static final List<String> PUBLIC_HOSTS = List.of(
            "https://a.invalid/",
            "https://b.invalid/docs",
            "http://c.invalid/",
            "https://d.invalid/x",
            "https://e.invalid/",
            "https://f.invalid/");

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @RegisterExtension
    final TestServer other = TestServer.start("127.0.0.2");

    private CheckResult checkLinking(List<String> urls, boolean checkPrivateAddresses) {
        StringBuilder html = new StringBuilder();
        urls.forEach(url -> html.append("<a href='").append(url).append("'>x</a>\n"));
        site.page("/index.html", html.toString());
        return Checks.run(
                Checks.quick().url(site.uri("/index.html")).retries(0).checkPrivateAddresses(checkPrivateAddresses));
    }

    private static List<String> networkNotices(CheckResult result) {
        return result.notices().stream()
                .filter(notice -> notice.contains("network looks unreachable"))
                .toList();
    }

    @Test
    void sixUnresolvableHostsAreWarningsWithOneNoticeSayingWhatToDo() {
        CheckResult result = checkLinking(PUBLIC_HOSTS, false);

        for (String url : PUBLIC_HOSTS) {
            LinkResult link = Checks.link(result, url);
            assertEquals(Verdict.WARNING, link.verdict(), link.toString());
            assertEquals(ResultKind.NO_NETWORK, link.kind(), link.toString());
        }
        assertEquals(0, result.summary().broken());
        List<String> notices = networkNotices(result);
        assertEquals(1, notices.size(), "said once: " + result.notices());
        assertTrue(notices.get(0).contains("mvn -o") && notices.get(0).contains("settings.xml"), notices.get(0));
    }

    @Test
    void refusedConnectionsOnLoopbackPortsAreNoNetworkToo() {
        List<String> closed = List.of("http://127.0.0.2:1/", "http://127.0.0.3:1/", "http://127.0.0.4:1/");

        CheckResult result = checkLinking(closed, true);

        for (String url : closed) {
            assertEquals(ResultKind.NO_NETWORK, Checks.link(result, url).kind(), url);
        }
        assertEquals(1, networkNotices(result).size());
    }

    @Test
    void deadHostsAmongOneThatAnswersStayBroken() {
        other.status("/fine", 404);
        List<String> urls = new java.util.ArrayList<>(PUBLIC_HOSTS);
        urls.add(other.url("/fine"));

        CheckResult result = checkLinking(urls, true);

        for (String url : PUBLIC_HOSTS) {
            LinkResult link = Checks.link(result, url);
            assertEquals(Verdict.BROKEN, link.verdict(), link.toString());
            assertEquals(ResultKind.DNS, link.kind(), link.toString());
        }
        assertEquals(List.of(), networkNotices(result));
    }

    @Test
    void fewerThanThreeUnreachedHostsAreDeadLinks() {
        List<String> two = List.of("https://a.invalid/", "https://b.invalid/", "https://b.invalid/again");

        CheckResult result = checkLinking(two, false);

        for (String url : two) {
            assertEquals(ResultKind.DNS, Checks.link(result, url).kind(), url);
        }
        assertEquals(List.of(), networkNotices(result));
    }
}
