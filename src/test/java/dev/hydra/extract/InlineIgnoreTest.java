package dev.hydra.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links a page or file marks not to be checked where they are written, in HTML, Markdown and AsciiDoc. */
class InlineIgnoreTest {

    /** Each link as "line raw", with " ignored" when it is. */
    private static List<String> rows(PageLinks page) {
        return page.links().stream()
                .map(link -> link.line() + " " + link.raw() + (link.ignored() ? " ignored" : ""))
                .toList();
    }

    private static List<String> html(String html) {
        return rows(LinkExtractor.extract(
                html.getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8,
                URI.create("http://site.example/page.html")));
    }

    private static List<String> markdown(String markdown) {
        return rows(MarkdownLinks.extract(markdown, URI.create("file:///repo/README.md")));
    }

    private static List<String> asciidoc(String asciidoc) {
        return rows(AsciiDocLinks.extract(asciidoc, URI.create("file:///repo/guide.adoc")));
    }

    @Test
    void anHtmlAttributeIgnoresItsElementAndEverythingInside() {
        assertEquals(
                List.of("1 a.html ignored", "2 b.html", "3 c.html ignored", "4 d.png ignored", "6 e.html"),
                html("""
                <p><a data-hydra-ignore href="a.html">a</a></p>
                <p><a href="b.html">b</a></p>
                <div data-hydra-ignore="flaky host"><a href="c.html">c</a>
                  <img src="d.png"></div>
                <p>
                <a href="e.html">e</a></p>
                """).stream().sorted().toList());
    }

    @Test
    void aMarkdownCommentIgnoresTheNextLinkOnItsLineOrTheNext() {
        assertEquals(
                List.of(
                        "1 same-line.md ignored",
                        "1 after.md",
                        "3 next-line.md ignored",
                        "7 too-far.md",
                        "8 reference.md ignored"),
                markdown("""
                See <!-- hydra-ignore --> [a](same-line.md) and [b](after.md)
                <!-- hydra-ignore -->
                [c](next-line.md)

                <!-- hydra-ignore -->

                [d](too-far.md)
                Text <!-- hydra-ignore --> [e][ref]

                [ref]: reference.md
                """));
    }

    @Test
    void aMarkdownCommentPairIgnoresEveryLinkBetweenAndRawHtmlMayCarryTheAttribute() {
        assertEquals(
                List.of("2 x.md ignored", "2 y.md ignored", "4 z.html ignored", "6 w.md", "7 v.html ignored"),
                markdown("""
                <!-- hydra-ignore-start -->
                [x](x.md) [y](y.md)

                Text <a href="z.html">z</a>
                <!-- hydra-ignore-end -->
                [w](w.md)
                Text <a data-hydra-ignore href="v.html">v</a>
                """));
    }

    @Test
    void anAsciiDocLineCommentIgnoresTheNextLinkAndAPairEveryLinkBetween() {
        assertEquals(
                List.of(
                        "2 https://a.example/ ignored",
                        "2 https://b.example/",
                        "5 https://c.example/",
                        "7 d.html ignored",
                        "9 e.html"),
                asciidoc("""
                // hydra-ignore
                https://a.example/[a] and https://b.example/[b]
                // hydra-ignore

                https://c.example/[c]
                // hydra-ignore-start
                link:d.html[d]
                // hydra-ignore-end
                link:e.html[e]
                """));
    }
}
