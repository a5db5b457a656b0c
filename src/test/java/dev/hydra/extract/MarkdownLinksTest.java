package dev.hydra.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The links and anchors of Markdown files, as GitHub renders them. */
class MarkdownLinksTest {

    private static final URI README = URI.create("file:///repo/README.md");

    static byte[] resource(String name) {
        try (InputStream in = MarkdownLinksTest.class.getResourceAsStream("/docs/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each link as "line raw -> resolved". */
    static List<String> rows(PageLinks page) {
        return page.links().stream()
                .map(link -> link.line() + " " + link.raw() + " -> " + target(link.target()))
                .collect(Collectors.toList());
    }

    static String target(LinkTarget target) {
        if (target instanceof LinkTarget.Web web) {
            return web.uri().toString();
        }
        if (target instanceof LinkTarget.Unfetchable other) {
            return other.url();
        }
        LinkTarget.Invalid invalid = (LinkTarget.Invalid) target;
        return "invalid (" + invalid.why() + ")";
    }

    private static PageLinks extract(String markdown) {
        return MarkdownLinks.extract(markdown, README);
    }

    @Test
    void readmeLinksAreListedWithTheLineToEdit() {
        PageLinks page = MarkdownLinks.extract(resource("README.md"), README);
        assertEquals(
                List.of(
                        "3 https://ci.example/hydra -> https://ci.example/hydra",
                        "3 https://ci.example/badge.svg -> https://ci.example/badge.svg",
                        "4 docs/guide.md#getting-started -> file:///repo/docs/guide.md#getting-started",
                        "4 #api-v2--usage -> file:///repo/README.md#api-v2--usage",
                        "5 mailto:team@hydra.example -> mailto:team@hydra.example",
                        // reference links at the line that uses them: full, collapsed, shortcut (labels are
                        // case-insensitive)
                        "5 docs/faq.md -> file:///repo/docs/faq.md",
                        "5 CHANGELOG.md -> file:///repo/CHANGELOG.md",
                        "5 https://hydra.example/roadmap -> https://hydra.example/roadmap",
                        "10 https://hydra.example/download -> https://hydra.example/download",
                        "10 http://www.hydra.example -> http://www.hydra.example/",
                        "10 https://hydra.example/auto -> https://hydra.example/auto",
                        // in angle brackets a space is allowed and encoded; without them "docs/my notes.md" is no link
                        "11 docs/my notes.md -> file:///repo/docs/my%20notes.md",
                        "12 docs/über-uns.md -> file:///repo/docs/%C3%BCber-uns.md",
                        "18 docs/options.md#timeout -> file:///repo/docs/options.md#timeout",
                        "19 img/retry.png -> file:///repo/img/retry.png",
                        "35 img/logo.png -> file:///repo/img/logo.png",
                        "35 img/logo-2x.png -> file:///repo/img/logo-2x.png",
                        "36 https://sponsor.example -> https://sponsor.example/",
                        "41 #usage-1 -> file:///repo/README.md#usage-1",
                        "43 x.md -> file:///repo/x.md",
                        // a definition no link uses, at its own line; the used ones are not listed again
                        "55 docs/unused.md -> file:///repo/docs/unused.md"),
                rows(page));
    }

    @Test
    void readmeAnchorsAreGitHubHeadingIdsAndHtmlIds() {
        PageLinks page = MarkdownLinks.extract(resource("README.md"), README);
        assertEquals(
                Set.of(
                        "hydra--dead-link-finder-",
                        "project-overview",
                        "api-v2--usage",
                        "c--java",
                        "usage",
                        "usage-1",
                        "setext-with-code-and-link",
                        "日本語の見出し",
                        "über-uns",
                        "custom-box",
                        "legacy-anchor"),
                page.anchors());
    }

    @Test
    void nothingInCodeIsALink() {
        PageLinks page = extract("""
                ```
                [a](fenced.md) https://fenced.example
                ```

                ~~~html
                <a href="tilde.html">x</a>
                ~~~

                    <img src="indented.png">

                `<a href="span.html">` and `[b](span.md)` and `www.span.example`
                """);
        assertEquals(List.of(), page.links());
    }

    @Test
    void linesCountEveryKindOfLineEnd() {
        PageLinks page = extract("first\r\n\r\nsecond [a](a.md)\rthird\n[b](b.md)\n");
        assertEquals(List.of("3 a.md -> file:///repo/a.md", "5 b.md -> file:///repo/b.md"), rows(page));
    }

    @Test
    void aLinkInsideAParagraphListOrQuoteIsAtItsOwnLine() {
        PageLinks page = extract("""
                Some text that goes on
                and on before a [link
                over two lines](two.md).

                > quoted
                > [q](quote.md)

                - item
                  - nested [n](nested.md)
                """);
        assertEquals(
                List.of(
                        "2 two.md -> file:///repo/two.md",
                        "6 quote.md -> file:///repo/quote.md",
                        "9 nested.md -> file:///repo/nested.md"),
                rows(page));
    }

    @Test
    void anHtmlElementIsAtItsLineWithinTheBlock() {
        PageLinks page = extract("""
                Intro

                <table>
                  <tr>
                    <td><a
                      href="late.html">late</a></td>
                  </tr>
                </table>
                """);
        assertEquals(List.of("5 late.html -> file:///repo/late.html"), rows(page));
    }

    @Test
    void bareEmailAddressesAreMailtoLinks() {
        PageLinks page = extract("Write to team@hydra.example.");
        assertEquals(List.of("1 mailto:team@hydra.example -> mailto:team@hydra.example"), rows(page));
    }

    @Test
    void headingTextKeepsCodeAndLinkTextButNotImageAltOrTags() {
        PageLinks page = extract("""
                ## ![logo](logo.png) Title
                ## Run `mvn verify` <sup>now</sup>
                Two *emphasised*
                lines
                ---
                """);
        assertEquals(Set.of("-title", "run-mvn-verify-now", "two-emphasisedlines"), page.anchors());
    }

    @Test
    void aByteOrderMarkDoesNotHideTheFirstHeading() {
        assertEquals(Set.of("title"), extract("\uFEFF# Title\n").anchors());
    }

    @Test
    void anUndefinedReferenceIsText() {
        PageLinks page = extract("[not a link] and [text][missing]");
        assertEquals(List.of(), page.links());
    }

    @Test
    void aLargeFileIsReadInLinearTime() {
        StringBuilder markdown = new StringBuilder();
        for (int i = 0; i < 25_000; i++) {
            markdown.append("## Section ")
                    .append(i)
                    .append("\n\nText [link](page")
                    .append(i)
                    .append(".md) and <a href=\"h")
                    .append(i)
                    .append(".html\">html</a>.\n\n");
        }
        long start = System.nanoTime();
        PageLinks page = extract(markdown.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(50_000, page.links().size());
        assertEquals(
                new ExtractedLink("h24999.html", new LinkTarget.Web(URI.create("file:///repo/h24999.html")), 99_999),
                page.links().get(49_999));
        assertEquals(25_000, page.anchors().size());
        // a few seconds on an idle machine; the bound is loose for a busy one yet catches quadratic steps
        assertTrue(millis < 120_000, millis + " ms");
    }
}
