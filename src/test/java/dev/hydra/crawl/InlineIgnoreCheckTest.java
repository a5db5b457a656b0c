package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.ResultKind;
import dev.hydra.model.Source;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A link its page marks not to be checked is counted with a fixed verdict and never requested. */
class InlineIgnoreCheckTest {

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @Test
    void anIgnoredLinkIsExcludedAsIgnoredAndNeverRequested() {
        site.page("/index.html", """
                <a data-hydra-ignore href="gone.html">ignored</a>
                <div data-hydra-ignore><a href="also-gone.html">ignored too</a></div>
                <a href="other.html">other</a>
                """)
                .page("/other.html", "<a href='gone.html'>checked here</a>")
                .status("/gone.html", 404)
                .status("/also-gone.html", 404);

        CheckResult result = Checks.run(Checks.quick().url(site.uri("/index.html")));

        LinkResult alsoGone = Checks.link(result, site.url("/also-gone.html"));
        assertEquals(Verdict.EXCLUDED, alsoGone.verdict());
        assertEquals(ResultKind.IGNORED, alsoGone.kind());
        assertEquals("ignored where it is written (data-hydra-ignore / hydra-ignore)", alsoGone.reason());
        assertEquals(List.of(), site.requests("/also-gone.html"), "an ignored link is not requested");
        List<LinkResult> gone = result.links().stream()
                .filter(link -> link.url().equals(site.url("/gone.html")))
                .toList();
        assertEquals(
                List.of(Verdict.BROKEN, Verdict.EXCLUDED),
                gone.stream().map(LinkResult::verdict).toList(),
                "ignored on one page, checked on another: two results, the checked one first");
        assertEquals(
                List.of(new Source(site.url("/other.html"), 1)), gone.get(0).sources());
        assertEquals(
                List.of(new Source(site.url("/index.html"), 1)), gone.get(1).sources());
    }
}
