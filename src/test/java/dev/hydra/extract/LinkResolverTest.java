package dev.hydra.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkResolverTest {

    private static final URI PAGE = URI.create("http://site.example/docs/guide/page.html");

    @Test
    void resolvesPlainLinksAsText() {
        LinkResolver resolver = LinkResolver.against(PAGE);

        assertEquals("http://site.example/docs/a/b.html#x", resolver.asText("../a/b.html#x"));
        assertEquals("http://site.example/docs/guide/page.html#top", resolver.asText("#top"));
        assertEquals("http://site.example/y.html?q=1", resolver.asText("/x/../y.html?q=1"));
        assertEquals("http://site.example/docs/guide/", resolver.asText("."));
        assertEquals("http://site.example/c.html", resolver.asText("../../../../c.html"));
        assertEquals(new LinkTarget.Web("http://site.example/docs/guide/a%20b.html"), resolver.resolve("a%20b.html"));
    }

    @Test
    void leavesEverythingElseToTheFullWay() {
        LinkResolver resolver = LinkResolver.against(PAGE);

        for (String raw : List.of(
                "",
                "?q",
                "//other.example/x",
                "mailto:a@b.example",
                "a b.html",
                " a.html",
                "é.html",
                "a//b.html",
                "a.html#x#y",
                "50%.html",
                "c:/x")) {
            assertNull(resolver.asText(raw), raw);
        }
        // a base not in normal form (a default port) takes the full way for every link
        assertNull(
                LinkResolver.against(URI.create("http://site.example:80/docs/")).asText("a.html"));
        assertNull(LinkResolver.against(URI.create("HTTP://Site.example/docs/")).asText("a.html"));
        assertNull(LinkResolver.against(null).asText("a.html"));
    }

    /**
     * The short way must give what the full way gives, link for link: random links made of the pieces that decide
     * (dots, slashes, escapes, queries, fragments, characters URI refuses) against bases of every shape.
     */
    @Test
    void givesWhatTheFullWayGivesForRandomLinks() {
        String[] pieces = {
            "a",
            "b.html",
            "index.html",
            ".",
            "..",
            "/",
            "//",
            "%41",
            "%2e",
            "%2F",
            "%zz",
            "%",
            "#",
            "#frag",
            "?",
            "?q=1",
            "&x=2",
            ":",
            "@",
            "-",
            "~",
            "!",
            "'",
            "(",
            ")",
            "*",
            "+",
            ",",
            ";",
            "=",
            "$",
            " ",
            "\t",
            "é",
            "[",
            "]",
            "|",
            "\"",
            "{",
            "http:",
            "https://other.example",
            "file:",
            "mailto:",
            "./",
            "../",
            ".hidden",
            "...",
            "a:b"
        };
        List<URI> bases = List.of(
                PAGE,
                URI.create("http://site.example/docs/page.html?q=1#top"),
                URI.create("https://h.example:8443/"),
                URI.create("http://127.0.0.1:41234/a/b/"),
                URI.create("http://site.example/index.html"),
                URI.create("http://site.example:80/docs/x.html"),
                URI.create("http://user@site.example/docs/x.html"),
                URI.create("file:///repo/docs/README.md"));
        Random random = new Random(18);
        int shortWays = 0;
        int links = 0;
        for (URI base : bases) {
            LinkResolver resolver = LinkResolver.against(base);
            for (int i = 0; i < 20_000; i++) {
                StringBuilder raw = new StringBuilder();
                for (int n = 1 + random.nextInt(6); n > 0; n--) {
                    raw.append(pieces[random.nextInt(pieces.length)]);
                }
                String link = raw.toString();
                links++;
                if (resolver.asText(link) != null) {
                    shortWays++;
                }
                assertEquals(
                        UrlNormalizer.resolve(link, base), resolver.resolve(link), () -> link + " against " + base);
            }
        }
        // the comparison means something only where the short way was taken
        assertTrue(shortWays > links / 10, shortWays + " of " + links + " links took the short way");
    }
}
