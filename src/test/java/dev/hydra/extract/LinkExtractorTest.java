package dev.hydra.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a page links to, where, and which anchors it defines. */
class LinkExtractorTest {

    private static final URI PAGE = URI.create("http://site.example/docs/page.html");

    private static PageLinks extract(String html) {
        return LinkExtractor.extract(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, PAGE);
    }

    private static List<String> urls(PageLinks page) {
        return page.links().stream().map(link -> {
            LinkTarget target = link.target();
            if (target instanceof LinkTarget.Web web) {
                return web.uri().toString();
            }
            return target instanceof LinkTarget.Unfetchable other ? other.url() : "invalid:" + link.raw();
        }).collect(Collectors.toList());
    }

    @Test
    void baseHrefIsTheBaseOfRelativeLinks() {
        PageLinks page = extract("<html><head><base href=\"https://other.example/root/\"></head>"
                + "<body><a href=\"x.html\">x</a><a href=\"/y.html\">y</a></body></html>");
        assertEquals(List.of("https://other.example/root/x.html", "https://other.example/y.html"), urls(page));
    }

    @Test
    void aRelativeBaseHrefResolvesAgainstThePage() {
        PageLinks page = extract("<base href=\"../api/\"><a href=\"x.html\">x</a>");
        assertEquals(List.of("http://site.example/api/x.html"), urls(page));
    }

    @Test
    void everyLinkBearingPlaceIsRead() {
        PageLinks page = extract("""
                <link rel="stylesheet" href="s.css"><link rel="preconnect" href="https://fonts.example">
                <script src="a.js"></script><img src="i.png" srcset="i1.png 1x, i2.png 2x">
                <picture><source srcset="p.webp"></picture><iframe src="f.html"></iframe>
                <video src="v.mp4" poster="v.jpg"><track src="t.vtt"></video><audio src="a.mp3"></audio>
                <embed src="e.swf"><object data="o.pdf"></object><map><area href="area.html"></map>
                <a href="mailto:x@y.example">mail</a>
                """);
        List<String> urls = urls(page);
        for (String expected : List.of("s.css", "a.js", "i.png", "i1.png", "i2.png", "p.webp", "f.html", "v.mp4",
                "v.jpg", "t.vtt", "a.mp3", "e.swf", "o.pdf", "area.html")) {
            assertTrue(urls.contains("http://site.example/docs/" + expected), expected + " in " + urls);
        }
        assertTrue(urls.contains("mailto:x@y.example"));
        assertTrue(urls.stream().noneMatch(url -> url.contains("fonts.example")), "preconnect is a hint, not a link");
    }

    @Test
    void linksCarryTheirSourceLine() {
        PageLinks page = extract("<html>\n<body>\n<p>\n<a href=\"x.html\">x</a>\n</body></html>");
        assertEquals(4, page.links().get(0).line());
    }

    @Test
    void anchorsAreIdsAndNamesOfA() {
        PageLinks page = extract("<h2 id=\"intro\">I</h2><a name=\"legacy\"></a><div name=\"notAnAnchor\"></div>"
                + "<span id=\"été\"></span>");
        assertEquals(java.util.Set.of("intro", "legacy", "été"), page.anchors());
    }
}
