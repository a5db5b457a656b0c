package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Links to {@code #anchors} judged against the target page, each page fetched once. */
class AnchorVerdictTest {

    private static final String DOC = """
            <html><body>
            <h2 id="intro">Intro</h2>
            <h2 id="été">Summer</h2>
            <a name="legacy"></a>
            <section id="method(java.lang.String)">modern Javadoc</section>
            <a name="method-java.lang.String-"></a>
            </body></html>
            """;

    @RegisterExtension
    final TestServer site = TestServer.start("127.0.0.1");

    @RegisterExtension
    final TestServer other = TestServer.start("127.0.0.2");

    private CheckResult checkIndexLinking(CheckConfig.Builder config, String... hrefs) {
        StringBuilder html = new StringBuilder("<p id='here'>index</p>\n");
        for (String href : hrefs) {
            html.append("<a href=\"").append(href).append("\">x</a>\n");
        }
        site.page("/index.html", html.toString()).page("/doc.html", DOC);
        return Checks.run(config.url(site.uri("/index.html")));
    }

    private static Verdict verdict(CheckResult result, String url) {
        return Checks.link(result, url).verdict();
    }

    @Test
    void aFragmentNeedsAnIdOrANamedAnchorOnThePage() {
        CheckResult result = checkIndexLinking(Checks.quick(), "doc.html#intro", "doc.html#legacy", "doc.html#part");
        assertEquals(Verdict.OK, verdict(result, site.url("/doc.html#intro")));
        assertEquals(Verdict.OK, verdict(result, site.url("/doc.html#legacy")));
        LinkResult missing = Checks.link(result, site.url("/doc.html#part"));
        assertEquals(Verdict.BROKEN, missing.verdict());
        assertEquals("anchor #part not found on the page", missing.reason());
        assertEquals(200, missing.status());
        assertEquals(
                List.of("/index.html:4"),
                missing.sources().stream()
                        .map(source -> source.toString().replace(site.origin(), ""))
                        .toList());
    }

    @Test
    void fragmentsAreComparedAfterPercentDecoding() {
        CheckResult result = checkIndexLinking(
                Checks.quick(),
                "doc.html#%C3%A9t%C3%A9",
                "doc.html#été",
                "doc.html#method(java.lang.String)",
                "doc.html#method%28java.lang.String%29",
                "doc.html#method-java.lang.String-",
                "doc.html#method%28java.lang.Object%29");
        assertEquals(Verdict.OK, verdict(result, site.url("/doc.html#%C3%A9t%C3%A9")));
        assertEquals(Verdict.OK, verdict(result, site.url("/doc.html#method(java.lang.String)")));
        assertEquals(Verdict.OK, verdict(result, site.url("/doc.html#method%28java.lang.String%29")));
        assertEquals(Verdict.OK, verdict(result, site.url("/doc.html#method-java.lang.String-")));
        LinkResult wrongOverload = Checks.link(result, site.url("/doc.html#method%28java.lang.Object%29"));
        assertEquals(Verdict.BROKEN, wrongOverload.verdict());
        assertEquals("anchor #method(java.lang.Object) not found on the page", wrongOverload.reason());
        assertEquals(1, site.requests("/doc.html").size());
    }

    @Test
    void emptyTopAndTextFragmentsAreAlwaysValid() {
        CheckResult result = checkIndexLinking(Checks.quick(), "doc.html#", "doc.html#top", "doc.html#:~:text=Summer");
        assertEquals(0, result.summary().broken(), result.links().toString());
    }

    @Test
    void selfAnchorsAreJudgedAgainstThePageItself() {
        CheckResult result = checkIndexLinking(Checks.quick(), "#here", "#nowhere");
        assertEquals(Verdict.OK, verdict(result, site.url("/index.html#here")));
        assertEquals(Verdict.BROKEN, verdict(result, site.url("/index.html#nowhere")));
        assertEquals(1, site.requests("/index.html").size());
    }

    @Test
    void anchorsAreLookedUpOnThePageARedirectEndsAt() {
        site.redirect("/old-doc", 301, "/doc.html");
        CheckResult result = checkIndexLinking(Checks.quick(), "old-doc#intro", "old-doc#nowhere");
        LinkResult present = Checks.link(result, site.url("/old-doc#intro"));
        assertEquals(Verdict.OK, present.verdict());
        assertEquals(site.url("/doc.html"), present.finalUrl());
        assertEquals(Verdict.BROKEN, verdict(result, site.url("/old-doc#nowhere")));
        assertEquals(1, site.requests("/old-doc").size());
    }

    @Test
    void aPageIsFetchedOnceHoweverManyAnchorsPointIntoIt() {
        String[] hrefs = new String[41];
        for (int i = 0; i < 40; i++) {
            hrefs[i] = "doc.html#missing" + i;
        }
        hrefs[40] = "doc.html#intro";
        CheckResult result = checkIndexLinking(Checks.quick(), hrefs);
        assertEquals(1, site.requests("/doc.html").size(), "one fetch for every link into doc.html");
        assertEquals(40, result.summary().broken(), "each missing anchor is reported");
    }

    @Test
    void anchorsOnOtherSitesAreJudgedOnlyWhenAskedFor() {
        other.page("/api.html", DOC);
        String present = other.url("/api.html#intro");
        String missing = other.url("/api.html#nowhere");

        CheckResult byDefault = checkIndexLinking(Checks.quick(), present, missing);
        assertEquals(Verdict.OK, verdict(byDefault, missing), "external anchors are not judged by default");
        assertEquals(List.of("HEAD"), other.methods("/api.html"), "one HEAD for both links");

        CheckResult judged = checkIndexLinking(Checks.quick().checkExternalAnchors(true), present, missing);
        assertEquals(Verdict.OK, verdict(judged, present));
        assertEquals(Verdict.BROKEN, verdict(judged, missing));
        assertEquals(List.of("HEAD", "GET"), other.methods("/api.html"), "one GET for both links");
    }
}
