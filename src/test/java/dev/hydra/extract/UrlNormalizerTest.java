package dev.hydra.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Link text read as a browser reads it. */
class UrlNormalizerTest {

    private static final URI PAGE = URI.create("http://site.example/docs/guide/page.html?x=1");

    private static String web(String raw) {
        LinkTarget target = UrlNormalizer.resolve(raw, PAGE);
        return assertInstanceOf(LinkTarget.Web.class, target, () -> raw + " -> " + target)
                .uri()
                .toString();
    }

    @Test
    void surroundingWhitespaceAndEmbeddedNewlinesAreDropped() {
        assertEquals("http://site.example/docs/guide/other.html", web("  \n other.html\t "));
        assertEquals("http://site.example/docs/guide/other.html", web("oth\ner.html"));
    }

    @Test
    void relativeLinksResolveLikeABrowser() {
        assertEquals("http://site.example/docs/api/x.html", web("../api/x.html"));
        assertEquals("http://site.example/top.html", web("/top.html"));
        assertEquals("https://cdn.example/a.js", web("//cdn.example/a.js".replace("//", "https://")));
        assertEquals("http://site.example/docs/guide/page.html?x=1#part", web("#part"));
        assertEquals("http://site.example/docs/guide/page.html?y=2", web("?y=2"));
    }

    @Test
    void spacesAndNonAsciiInPathsArePercentEncoded() {
        assertEquals("http://site.example/docs/guide/my%20page.html", web("my page.html"));
        assertEquals("http://site.example/%C3%A9t%C3%A9/caf%C3%A9.html", web("/été/café.html"));
        // an escape that is already there is kept, not encoded twice
        assertEquals("http://site.example/docs/guide/my%20page.html", web("my%20page.html"));
    }

    @Test
    void internationalHostNamesBecomeAscii() {
        assertEquals("http://xn--bcher-kva.example/", web("http://bücher.example/"));
        assertEquals("http://xn--bcher-kva.example/b%C3%BCcher", web("http://BÜCHER.example/bücher"));
    }

    @Test
    void schemeAndHostAreLowerCasedDefaultPortDroppedEmptyPathIsSlash() {
        assertEquals("http://site.example/", web("HTTP://Site.Example:80"));
        assertEquals("https://site.example:8443/A", web("https://SITE.example:8443/A"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiterString = " -> ",
            value = {
                "/a/./b/../c -> http://site.example/a/c",
                "/a/b/.. -> http://site.example/a/",
                "../../../../x -> http://site.example/x",
                "http://h.example/a/../b/. -> http://h.example/b/",
                "/.well-known/a/.b -> http://site.example/.well-known/a/.b",
                "https://h.example:443/x -> https://h.example/x",
                "http://h.example:0080/x -> http://h.example/x",
                "http://h.example:8080/x -> http://h.example:8080/x",
                "https://h.example:80/x -> https://h.example:80/x",
                "//h.example:/x -> http://h.example/x",
                "http://WWW.Example.COM/Path?Q=A#F -> http://www.example.com/Path?Q=A#F",
                "//WWW.EXAMPLE.com/a -> http://www.example.com/a",
                "http://[::A]:8080 -> http://[::a]:8080/",
                "//bücher.example/x -> http://xn--bcher-kva.example/x",
                "http://xn--bcher-kva.example -> http://xn--bcher-kva.example/",
                "# -> http://site.example/docs/guide/page.html?x=1#",
                "? -> http://site.example/docs/guide/page.html?",
                "?q#f -> http://site.example/docs/guide/page.html?q#f",
                "file:////srv/site/a.html -> file:///srv/site/a.html",
                "file:/srv/site/b.html -> file:///srv/site/b.html"
            })
    void edgesOfTheNormalForm(String raw, String normal) {
        assertEquals(normal, web(raw));
    }

    @Test
    void anEmptyPortIsDroppedFromTheAuthorityToo() {
        LinkTarget.Web target = assertInstanceOf(LinkTarget.Web.class, UrlNormalizer.resolve("//h.example:/x", PAGE));
        assertEquals("h.example", target.uri().getRawAuthority());
    }

    @Test
    void aHostLabelOfMoreThan63CharactersIsInvalid() {
        assertEquals("http://" + "a".repeat(63) + ".example/", web("http://" + "A".repeat(63) + ".example"));
        LinkTarget tooLong = UrlNormalizer.resolve("http://" + "a".repeat(64) + ".example/", PAGE);
        assertEquals(
                "invalid URL",
                assertInstanceOf(LinkTarget.Invalid.class, tooLong).why());
    }

    @Test
    void aQueryOrFragmentAloneReplacesThatOfThePage() {
        URI base = URI.create("http://site.example/docs/page.html#old");
        LinkTarget query = UrlNormalizer.resolve("?q", base);
        LinkTarget fragment = UrlNormalizer.resolve("#new", base);
        assertEquals(new LinkTarget.Web(URI.create("http://site.example/docs/page.html?q")), query);
        assertEquals(new LinkTarget.Web(URI.create("http://site.example/docs/page.html#new")), fragment);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://h.example/a?b=1#c", "https://u@h.example:8443/a/b/", "http://h.example/%7Ex"})
    void aLinkInNormalFormComesBackAsItIsParsed(String normal) {
        assertEquals(new LinkTarget.Web(URI.create(normal)), UrlNormalizer.resolve(normal, PAGE));
        assertEquals(normal, web(normal));
    }

    @Test
    void aFragmentIsNotPartOfWhatIsFetched() {
        URI withFragment = URI.create("http://h.example/a#x");
        assertEquals(URI.create("http://h.example/a"), UrlNormalizer.withoutFragment(withFragment));
        assertEquals(
                UrlNormalizer.withoutFragment(URI.create(web("http://h.example/a#x"))),
                UrlNormalizer.withoutFragment(URI.create(web("http://h.example/a"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://[::1", "http://exa mple.com", "ht!tp:", "http://"})
    void unparsableUrlsAreInvalidNotAnException(String raw) {
        LinkTarget target = UrlNormalizer.resolve(raw, PAGE);
        LinkTarget.Invalid invalid = assertInstanceOf(LinkTarget.Invalid.class, target, () -> raw + " -> " + target);
        assertEquals("invalid URL", invalid.why());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "mailto:a@b.example",
                "tel:+1-555",
                "javascript:void(0)",
                "data:image/png;base64,AAAA",
                "MAILTO:x@y.example"
            })
    void otherSchemesAreNotFetched(String raw) {
        LinkTarget target = UrlNormalizer.resolve(raw, PAGE);
        assertInstanceOf(LinkTarget.Unfetchable.class, target, () -> raw + " -> " + target);
    }

    @Test
    void removesDotSegmentsAsRfc3986Does() {
        assertEquals("/a/c", UrlNormalizer.removeDotSegments("/a/b/../c"));
        assertEquals("/c", UrlNormalizer.removeDotSegments("/../../c"));
        assertEquals("/a/", UrlNormalizer.removeDotSegments("/a/b/.."));
        assertEquals("/a/b/", UrlNormalizer.removeDotSegments("/a/b/."));
        assertEquals("/.well-known/x", UrlNormalizer.removeDotSegments("/.well-known/x"));
    }

    /** The one-pass removal against the plain reading of RFC 3986 (split, then a stack), on random paths. */
    @Test
    void removesDotSegmentsAsTheStackDoesOnRandomPaths() {
        String[] pieces = {"/", "/", ".", "..", "a", "b", ".a", "...", "%2e", "x."};
        java.util.Random random = new java.util.Random(3986);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder path = new StringBuilder(random.nextInt(8) == 0 ? "" : "/");
            for (int n = 1 + random.nextInt(8); n > 0; n--) {
                path.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = path.toString();
            String expected = text.contains("/") ? byStack(text) : text;
            if (!text.contains("/.")) {
                expected = text;
            }
            assertEquals(expected, UrlNormalizer.removeDotSegments(text), text);
        }
    }

    /** RFC 3986's removal written as a stack of segments, the first (before any '/') dropped. */
    private static String byStack(String path) {
        String[] segments = path.split("/", -1);
        java.util.ArrayDeque<String> kept = new java.util.ArrayDeque<>();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    kept.addLast("");
                }
            } else if (segment.equals("..")) {
                kept.pollLast();
                if (last) {
                    kept.addLast("");
                }
            } else {
                kept.addLast(segment);
            }
        }
        return "/" + String.join("/", kept);
    }
}
