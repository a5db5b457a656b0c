package dev.hydra.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a page links to, where, and which anchors it defines. */
class LinkExtractorTest {

    private static final URI PAGE = URI.create("http://site.example/docs/page.html");

    private static PageLinks extract(String html) {
        return LinkExtractor.extract(html.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, PAGE);
    }

    private static List<String> urls(PageLinks page) {
        return page.links().stream()
                .map(link -> {
                    LinkTarget target = link.target();
                    if (target instanceof LinkTarget.Web web) {
                        return web.uri().toString();
                    }
                    return target instanceof LinkTarget.Unfetchable other ? other.url() : "invalid:" + link.raw();
                })
                .collect(Collectors.toList());
    }

    @Test
    void inOrderListsTheSameLinksInTheOrderWrittenWithTheirElements() {
        String html = """
                <html><head><base href="../api/"><script src="a.js"></script></head><body>
                <nav id="menu"><a href="x.html">x</a></nav>
                <main><img src="i.png" srcset="i1.png 1x, i2.png 2x"><a href="https://example.org/y">y</a></main>
                </body></html>
                """;
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        List<LinkExtractor.WrittenLink> written = LinkExtractor.inOrder(body, StandardCharsets.UTF_8, PAGE);
        assertEquals(
                List.of("a.js", "x.html", "i.png", "i1.png", "i2.png", "https://example.org/y"),
                written.stream().map(link -> link.link().raw()).toList());
        assertEquals(
                new LinkTarget.Web("http://site.example/api/x.html"),
                written.get(1).link().target());
        assertEquals(2, written.get(1).link().line());
        assertEquals("menu", written.get(1).element().parent().id());
        Set<ExtractedLink> extracted = Set.copyOf(
                LinkExtractor.extract(body, StandardCharsets.UTF_8, PAGE).links());
        assertEquals(
                extracted, written.stream().map(LinkExtractor.WrittenLink::link).collect(Collectors.toSet()));
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
        for (String expected : List.of(
                "s.css",
                "a.js",
                "i.png",
                "i1.png",
                "i2.png",
                "p.webp",
                "f.html",
                "v.mp4",
                "v.jpg",
                "t.vtt",
                "a.mp3",
                "e.swf",
                "o.pdf",
                "area.html")) {
            assertTrue(urls.contains("http://site.example/docs/" + expected), expected + " in " + urls);
        }
        assertTrue(urls.contains("mailto:x@y.example"));
        assertTrue(urls.stream().noneMatch(url -> url.contains("fonts.example")), "preconnect is a hint, not a link");
    }

    @Test
    void linksAreListedByKindOfPlaceThenSrcsets() {
        PageLinks page = extract("<img src=\"i.png\" srcset=\"s.png 2x\"><script src=\"a.js\"></script>"
                + "<a href=\"a.html\">a</a><img src=\"j.png\"><a href=\"b.html\">b</a>");
        assertEquals(
                List.of("a.html", "b.html", "i.png", "j.png", "a.js", "s.png"),
                page.links().stream().map(ExtractedLink::raw).collect(Collectors.toList()));
    }

    @Test
    void theFirstBaseWithHrefCountsWhereverItIs() {
        assertEquals(
                List.of("http://site.example/other/x.html", "http://site.example/other/y.html"),
                urls(extract("<a href=\"x.html\">x</a><base target=\"_top\"><p><base href=\"/other/\">"
                        + "<base href=\"/ignored/\"><a href=\"y.html\">y</a>")));
    }

    @Test
    void onlyImageInputsAndNonHintLinksAreLinks() {
        assertEquals(
                List.of("http://site.example/docs/i.ico", "http://site.example/docs/b.png"),
                urls(
                        extract(
                                "<input type=\"IMAGE\" src=\"b.png\"><input src=\"t.png\"><input type=\"text\" src=\"u.png\">"
                                        + "<link rel=\"Stylesheet DNS-Prefetch\" href=\"//dns.example\"><link rel=\"icon\" href=\"i.ico\">")));
    }

    @Test
    void linesAreCountedThroughALongPage() {
        String filler = "<p>lorem ipsum dolor sit amet</p>\n".repeat(3000);
        PageLinks page = extract(filler + "<a href=\"x.html\">x</a>\r\n<a href=\"y.html\">y</a>");
        assertEquals(
                List.of(3001, 3002),
                page.links().stream().map(ExtractedLink::line).collect(Collectors.toList()));
    }

    @Test
    void theHeaderCharsetDecodesThePage() {
        byte[] latin1 = "<meta charset=\"utf-8\"><h2 id=\"café\">Café</h2>".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(
                Set.of("café"),
                LinkExtractor.extract(latin1, StandardCharsets.ISO_8859_1, PAGE).anchors());
    }

    @Test
    void withoutAHeaderCharsetTheMetaCharsetDecodesThePage() {
        byte[] latin1 = "<head><meta charset=\"iso-8859-1\"></head><h2 id=\"café\">Café</h2>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Set.of("café"), LinkExtractor.extract(latin1, null, PAGE).anchors());
        byte[] declared = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                        + "<h2 id=\"café\">Café</h2>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(Set.of("café"), LinkExtractor.extract(declared, null, PAGE).anchors());
        byte[] utf8 = "<meta charset=\"UTF-8\"><h2 id=\"café\">Café</h2>".getBytes(StandardCharsets.UTF_8);
        assertEquals(Set.of("café"), LinkExtractor.extract(utf8, null, PAGE).anchors());
    }

    @Test
    void aMetaCharsetPastTheFirstFiveKilobytesIsNotRead() {
        byte[] late = ("<p>" + "x".repeat(5200) + "</p><meta charset=\"iso-8859-1\"><h2 id=\"café\">Café</h2>")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Set.of("café"), LinkExtractor.extract(late, null, PAGE).anchors());
    }

    @Test
    void aByteOrderMarkOverridesTheHeaderCharset() {
        byte[] html = "<h2 id=\"café\">Café</h2>".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[html.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(html, 0, withMark, 3, html.length);
        assertEquals(
                Set.of("café"),
                LinkExtractor.extract(withMark, StandardCharsets.ISO_8859_1, PAGE)
                        .anchors());
        byte[] utf16 = "\uFEFF<h2 id=\"été\">".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(Set.of("été"), LinkExtractor.extract(utf16, null, PAGE).anchors());
    }

    /** Each page is decoded as jsoup decodes it, and its links keep their lines whatever the charset. */
    @Test
    void linesAndTextSurviveEveryWayOfNamingTheCharset() {
        String body = "\n<p>\n<a href=\"/caf\u00e9-\u65e5\u672c.html\">x</a>\n<h2 id=\"\u00e9t\u00e9\">";
        record Page(String what, byte[] bytes, java.nio.charset.Charset header, String expected) {}
        java.nio.charset.Charset sjis = java.nio.charset.Charset.forName("Shift_JIS");
        java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
        String latin = body.replace("-\u65e5\u672c", "");
        List<Page> pages = List.of(
                new Page(
                        "UTF-8",
                        ("<html>" + body).getBytes(StandardCharsets.UTF_8),
                        null,
                        "/caf\u00e9-\u65e5\u672c.html"),
                new Page(
                        "UTF-8 with BOM",
                        ("\uFEFF<html>" + body).getBytes(StandardCharsets.UTF_8),
                        null,
                        "/caf\u00e9-\u65e5\u672c.html"),
                new Page(
                        "UTF-16LE with BOM",
                        ("\uFEFF<html>" + body).getBytes(StandardCharsets.UTF_16LE),
                        null,
                        "/caf\u00e9-\u65e5\u672c.html"),
                new Page(
                        "UTF-16BE with BOM",
                        ("\uFEFF<html>" + body).getBytes(StandardCharsets.UTF_16BE),
                        null,
                        "/caf\u00e9-\u65e5\u672c.html"),
                new Page(
                        "windows-1252 meta",
                        ("<meta charset=\"windows-1252\">" + latin + "\u20ac").getBytes(cp1252),
                        null,
                        "/caf\u00e9.html"),
                new Page(
                        "ISO-8859-1 meta",
                        ("<meta charset=\"iso-8859-1\">" + latin).getBytes(StandardCharsets.ISO_8859_1),
                        null,
                        "/caf\u00e9.html"),
                new Page(
                        "Shift_JIS http-equiv",
                        ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                                        + body.replace("\u00e9", "e"))
                                .getBytes(sjis),
                        null,
                        "/cafe-\u65e5\u672c.html"),
                new Page(
                        "header over meta",
                        ("<meta charset=\"iso-8859-1\">" + body).getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8,
                        "/caf\u00e9-\u65e5\u672c.html"));
        for (Page page : pages) {
            PageLinks links = LinkExtractor.extract(page.bytes(), page.header(), PAGE);
            assertEquals(page.expected(), links.links().get(0).raw(), page.what());
            assertEquals(3, links.links().get(0).line(), page.what());
            assertEquals(
                    Set.of(page.what().startsWith("Shift_JIS") ? "ete" : "\u00e9t\u00e9"),
                    links.anchors(),
                    page.what());
        }
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
        assertEquals(Set.of("intro", "legacy", "été"), page.anchors());
    }
}
