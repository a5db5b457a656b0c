package dev.hydra.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hydra.model.CheckResult;
import dev.hydra.model.LinkResult;
import dev.hydra.model.Verdict;
import dev.hydra.testing.Checks;
import dev.hydra.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

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

        CheckResult byDefault = checkIndexLinking(Checks.quick().checkPrivateAddresses(true), present, missing);
        assertEquals(Verdict.OK, verdict(byDefault, missing), "external anchors are not judged by default");
        assertEquals(List.of("HEAD"), other.methods("/api.html"), "one HEAD for both links");

        CheckResult judged = checkIndexLinking(
                Checks.quick().checkExternalAnchors(true).checkPrivateAddresses(true), present, missing);
        assertEquals(Verdict.OK, verdict(judged, present));
        assertEquals(Verdict.BROKEN, verdict(judged, missing));
        assertEquals(List.of("HEAD", "GET"), other.methods("/api.html"), "one GET for both links");
    }

    /**
     * In a served directory a URL with a query is the same file as its plain form, and so are {@code dir/index.html}
     * and {@code dir/}: their anchors are that file's, whether read again or taken from the page already parsed.
     */
    @Test
    void anAliasOfAServedPageHasThatPagesAnchors(@TempDir Path dir) throws IOException {
        StringBuilder links = new StringBuilder("<a href='doc.html'>doc</a><a href='sub/'>sub</a>\n");
        for (int i = 0; i < 20; i++) {
            links.append("<a href='doc.html?v=").append(i).append("#intro'>ok</a>\n");
            links.append("<a href='doc.html?v=").append(i).append("#gone'>missing</a>\n");
        }
        links.append("<a href='sub/index.html#top'>ok</a><a href='sub/index.html#bottom'>missing</a>\n");
        Files.writeString(dir.resolve("index.html"), "<p>home\n" + links);
        Files.writeString(dir.resolve("doc.html"), DOC);
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/index.html"), "<h1 id='top'>Sub</h1>");

        CheckResult result = Checks.run(Checks.quick().directory(dir));

        for (int i = 0; i < 20; i++) {
            assertEquals(Verdict.OK, verdict(result, "/doc.html?v=" + i + "#intro"));
            LinkResult missing = Checks.link(result, "/doc.html?v=" + i + "#gone");
            assertEquals(Verdict.BROKEN, missing.verdict());
            assertEquals("anchor #gone not found on the page", missing.reason());
        }
        assertEquals(Verdict.OK, verdict(result, "/sub/index.html#top"));
        assertEquals(Verdict.BROKEN, verdict(result, "/sub/index.html#bottom"));
        assertEquals(21, result.summary().broken());
    }
}
